/** Table tests for the required rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { runRuleOn } from '../../test-support/rule-table.js';
import { createCopyContext } from '../context.js';
import type { PlacementId } from '../placements.js';
import { copyRequiredRule } from './required.js';

// A rule-kind rule needs no docs to run: only an id, a category and a severity.
const base = { id: 'copy/test/rule', category: 'brand-voice', severity: 'warning' } as const;
/** Runs one rule as the runner does (applies, severity, options), on a fresh context. */
const run = (rule: Parameters<typeof runRuleOn>[0], text: string, placement: PlacementId = 'generic') =>
  runRuleOn(rule, createCopyContext(text, { placement }));
const ranges = (findings: { range?: unknown }[]) => findings.map((f) => f.range);

describe('copyRequiredRule', () => {
  const rule = copyRequiredRule({ ...base, anyOf: ['Terms apply', 'See terms'] });
  it.each([
    ['Save 20%. Terms apply.', []],
    ['Save 20%. see   TERMS', []],
    ['Save 20%.', [[9, 9]]],
  ] as const)('%j', (text, expected) => expect(ranges(run(rule, text))).toEqual(expected));
});
