/** Tests for the runtime links rule list: complete, in pack order, and silent on a clean link. */
import { describe, expect, it } from 'vitest';
import { campaignCheckContext } from '../check-context.js';
import { linksRulePack } from '../rule-pack.js';
import { linksRules } from './index.js';

describe('linksRules', () => {
  it("lists the documented pack's rules, in the same order", () => {
    expect(linksRules.map((r) => r.id)).toEqual(linksRulePack.rules.map((r) => r.id));
    expect(linksRules).toHaveLength(17);
  });

  it('carries no docs, so the runtime path ships none', () => {
    expect(linksRules.filter((r) => 'meta' in r).map((r) => r.id)).toEqual([]);
  });

  it('finds nothing on a clean link under the default policy', () => {
    const ctx = campaignCheckContext('https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring');
    expect(linksRules.flatMap((rule) => ((rule.applies?.(ctx) ?? true) ? rule.check(ctx, undefined) : []))).toEqual([]);
  });
});
