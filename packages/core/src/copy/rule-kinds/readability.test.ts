/** Table tests for the readability rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import type { AnyRule, RuleFinding } from '../../engine/index.js';
import { type CopyContext, createCopyContext } from '../context.js';
import type { PlacementId } from '../placements.js';
import { genericMeta } from './common.js';
import { copyReadabilityRule } from './readability.js';

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

describe('copyReadabilityRule', () => {
  it('sentence length', () => {
    const rule = copyReadabilityRule({ ...base, metric: 'sentence-length', max: 3 });
    expect(ranges(run(rule, 'One two. One two three four. Ok'))).toEqual([[9, 28]]);
  });
});
