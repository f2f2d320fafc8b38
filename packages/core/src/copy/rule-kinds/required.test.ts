/** Table tests for the required rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import type { AnyRule, RuleFinding } from '../../engine/index.js';
import { type CopyContext, createCopyContext } from '../context.js';
import type { PlacementId } from '../placements.js';
import { genericMeta } from './common.js';
import { copyRequiredRule } from './required.js';

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

describe('copyRequiredRule', () => {
  const rule = copyRequiredRule({ ...base, anyOf: ['Terms apply', 'See terms'] });
  it.each([
    ['Save 20%. Terms apply.', []],
    ['Save 20%. see   TERMS', []],
    ['Save 20%.', [[9, 9]]],
  ] as const)('%j', (text, expected) => expect(ranges(run(rule, text))).toEqual(expected));
});
