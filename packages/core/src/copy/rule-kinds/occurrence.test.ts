/** Table tests for the occurrence rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import type { AnyRule, RuleFinding } from '../../engine/index.js';
import { type CopyContext, createCopyContext } from '../context.js';
import type { PlacementId } from '../placements.js';
import { genericMeta } from './common.js';
import { copyOccurrenceRule } from './occurrence.js';

const base = {
  id: 'copy/test/rule',
  category: 'brand-voice' as const,
  severity: 'warning' as const,
  meta: genericMeta('test'),
};

function run(rule: AnyRule<CopyContext>, text: string, placement: PlacementId = 'generic'): RuleFinding[] {
  const ctx = createCopyContext(text, { placement });
  if (rule.applies && !rule.applies(ctx)) return [];
  return rule.check(ctx, rule.defaultOptions);
}
const ranges = (fs: RuleFinding[]) => fs.map((f) => f.range);

describe('copyOccurrenceRule', () => {
  it('max words: range from the first extra word', () => {
    const rule = copyOccurrenceRule({ ...base, count: 'words', max: 2 });
    expect(ranges(run(rule, 'one two three four'))).toEqual([[8, 18]]);
  });
  it('min sentences', () => {
    const rule = copyOccurrenceRule({ ...base, count: 'sentences', min: 2 });
    expect(ranges(run(rule, 'Only one.'))).toEqual([[0, 9]]);
  });
  it('listed tokens', () => {
    const rule = copyOccurrenceRule({ ...base, tokens: ['now'], max: 1 });
    expect(ranges(run(rule, 'now, now, now'))).toEqual([[5, 13]]);
  });
  it('characters', () => {
    const rule = copyOccurrenceRule({ ...base, count: 'characters', max: 3 });
    expect(ranges(run(rule, 'abcd'))).toEqual([[3, 4]]);
  });
});
