/** Table tests for the substitution rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import type { AnyRule, RuleFinding } from '../../engine/index.js';
import { type CopyContext, createCopyContext } from '../context.js';
import type { PlacementId } from '../placements.js';
import { genericMeta } from './common.js';
import { copySubstitutionRule } from './substitution.js';

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
