/** Table tests for the repetition rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import type { AnyRule, RuleFinding } from '../../engine/index.js';
import { type CopyContext, createCopyContext } from '../context.js';
import type { PlacementId } from '../placements.js';
import { genericMeta } from './common.js';
import { copyRepetitionRule } from './repetition.js';

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
