/** @revloop/core/links (being built). */
export {};
