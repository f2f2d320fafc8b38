/** Argument checks for the public copy functions: a wrong type is a RevloopError (`copy/invalid-input`) naming it. */
import { invalidInputError } from '../engine/errors.js';

/** Throws unless `value` is a string. */
export function requireCopyString(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string') throw invalidInputError('copy', field, value, 'a string');
}

/** Throws unless `value` is an array. */
export function requireCopyArray(value: unknown, field: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw invalidInputError('copy', field, value, 'an array');
}

/** Throws unless `value` is a plain object (not null, not an array). */
export function requireCopyObject(value: unknown, field: string): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidInputError('copy', field, value, 'an object');
  }
}

/** Throws unless `value` is a finite number. */
export function requireCopyNumber(value: unknown, field: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidInputError('copy', field, value, 'a number');
}

/** Checks the spec every rule-kind factory takes: an object with a string id, a category and a severity. */
export function requireCopyRuleSpec(spec: unknown, factory: string): asserts spec is Record<string, unknown> {
  requireCopyObject(spec, `${factory}(spec)`);
  requireCopyString(spec.id, `${factory}(spec).id`);
  requireCopyString(spec.category, `${factory}(spec).category`);
  requireCopyString(spec.severity, `${factory}(spec).severity`);
  if (spec.message !== undefined) requireCopyString(spec.message, `${factory}(spec).message`);
}

/** Throws unless `value` is a function. */
export function requireCopyFunction(value: unknown, field: string): asserts value is (...args: never[]) => unknown {
  if (typeof value !== 'function') throw invalidInputError('copy', field, value, 'a function');
}
