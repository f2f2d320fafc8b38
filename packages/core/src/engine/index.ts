/** @revloop/core/engine: findings, rules, config, runner, scoring and rule docs shared by every checker. */
export * from './config.js';
export * from './docs.js';
export * from './errors.js';
export * from './finding.js';
export * from './json-schema.js';
export * from './meta-check.js';
export * from './report.js';
export * from './rule.js';
export * from './runner.js';
export * from './schemas.js';
export * from './score.js';
