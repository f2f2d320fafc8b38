/** @revloop/core/brief (being built). */
export {};
