/** Rule-kind factories (Vale-like): existence, substitution, occurrence, repetition, capitalization, required, readability. */
export * from './capitalization.js';
export * from './common.js';
export * from './existence.js';
export * from './occurrence.js';
export * from './readability.js';
export * from './repetition.js';
export * from './required.js';
export * from './substitution.js';
