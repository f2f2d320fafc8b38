/** @revloop/core/funnel (being built). */
export {};
