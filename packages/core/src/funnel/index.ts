/** @revloop/core/funnel: stages, content types, KPIs, catalog extension and portfolio balance. */
export * from './catalog.js';
export * from './content-types.js';
export * from './kpis.js';
export * from './pack.js';
export * from './portfolio.js';
export * from './portfolio-stats.js';
export * from './schemas.js';
export * from './stages.js';
