/** Table tests for the substitution rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { runRuleOn } from '../../test-support/rule-table.js';
import { createCopyContext } from '../context.js';
import type { PlacementId } from '../placements.js';
import { copySubstitutionRule } from './substitution.js';

// A rule-kind rule needs no docs to run: only an id, a category and a severity.
const base = { id: 'copy/test/rule', category: 'brand-voice', severity: 'warning' } as const;
/** Runs one rule as the runner does (applies, severity, options), on a fresh context. */
const run = (rule: Parameters<typeof runRuleOn>[0], text: string, placement: PlacementId = 'generic') =>
  runRuleOn(rule, createCopyContext(text, { placement }));

describe('copySubstitutionRule', () => {
  const rule = copySubstitutionRule({ ...base, swap: { 'e-mail': 'email', 'tee shirt': 'T-shirt' } });
  it('replaces keeping case', () => {
    expect(run(rule, 'E-mail your tee shirt').map((f) => f.fix)).toEqual([
      { kind: 'replace', range: [0, 6], text: 'Email' },
      { kind: 'replace', range: [12, 21], text: 'T-shirt' },
    ]);
  });
  it('skips text already preferred', () => expect(run(rule, 'email')).toEqual([]));
});
