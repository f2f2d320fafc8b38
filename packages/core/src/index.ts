/** @revloop/core: every module re-exported; prefer the subpaths (`@revloop/core/brief`, …) for smaller bundles. */
export * from './brief/index.js';
export * from './copy/index.js';
export * from './engine/index.js';
export * from './funnel/index.js';
export * from './links/index.js';
export * from './listing/index.js';
