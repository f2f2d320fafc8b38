/** Table tests for the repetition rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { runRuleOn } from '../../test-support/rule-table.js';
import { createCopyContext } from '../context.js';
import type { PlacementId } from '../placements.js';
import { copyRepetitionRule } from './repetition.js';

// A rule-kind rule needs no docs to run: only an id, a category and a severity.
const base = { id: 'copy/test/rule', category: 'brand-voice', severity: 'warning' } as const;
/** Runs one rule as the runner does (applies, severity, options), on a fresh context. */
const run = (rule: Parameters<typeof runRuleOn>[0], text: string, placement: PlacementId = 'generic') =>
  runRuleOn(rule, createCopyContext(text, { placement }));
const ranges = (findings: { range?: unknown }[]) => findings.map((f) => f.range);

describe('copyRepetitionRule', () => {
  it('text scope flags each occurrence past max, folding plurals', () => {
    const rule = copyRepetitionRule({ ...base, scope: 'text', max: 2, ignore: ['for'] });
    expect(ranges(run(rule, 'boot boots for for for Boot'))).toEqual([[23, 27]]);
  });
  it('adjacent scope fixes "the the"', () => {
    const rule = copyRepetitionRule({ ...base, scope: 'adjacent' });
    expect(run(rule, 'the the lid').map((f) => f.fix)).toEqual([{ kind: 'replace', range: [3, 7], text: '' }]);
    expect(run(rule, 'very, very')).toEqual([]);
  });
});
