/** @revloop/core/copy (being built). */
export {};
