/** @revloop/core/html (being built). */
export {};
