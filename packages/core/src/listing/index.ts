/** @revloop/core/listing (being built). */
export {};
