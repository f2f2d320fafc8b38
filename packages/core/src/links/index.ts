/** @revloop/core/links: campaign-link (UTM) builder, parser, naming governance and GA4 channel prediction. */
export * from './build-campaign-url.js';
export * from './campaign-matrix.js';
export * from './channel-group.js';
export * from './channel-rules.js';
export * from './check-campaign-url.js';
export * from './encode.js';
export * from './errors.js';
export * from './macro-catalog.js';
export * from './macros.js';
export * from './params.js';
export * from './parse-campaign-url.js';
export * from './policy.js';
export * from './rule-pack.js';
export * from './schemas.js';
export * from './split-url.js';
