/** Rule-id helpers: old listing ids map to core's current ids exactly as core's aliases do; overrides split by module. */
import { listingRulePacks } from '@revloop/core/listing';
import { describe, expect, it } from 'vitest';
import { currentRuleId, renameLegacyRuleIds, splitRuleOverrides } from './rule-ids.js';

describe('currentRuleId', () => {
  it("maps every alias core declares for a listing rule to that rule's id", () => {
    const rules = listingRulePacks.flatMap((pack) => pack.rules);
    const aliased = rules.filter((rule) => (rule.aliases ?? []).length > 0);
    expect(aliased.length).toBeGreaterThan(20);
    for (const rule of aliased) for (const alias of rule.aliases ?? []) expect(currentRuleId(alias)).toBe(rule.id);
    for (const rule of rules) expect(currentRuleId(rule.id)).toBe(rule.id);
  });

  it('leaves other ids alone', () => {
    for (const id of ['copy/policy/repeated-word', 'listing/core/not-enough-content', 'amazon', 'x/amazon/y', ''])
      expect(currentRuleId(id)).toBe(id);
  });
});

describe('renameLegacyRuleIds', () => {
  it('returns the same object when nothing is old', () => {
    const overrides = { 'listing/amazon/video': 'off' };
    expect(renameLegacyRuleIds(overrides)).toBe(overrides);
  });

  it('keeps the order and treats __proto__ as a plain key', () => {
    const overrides = JSON.parse('{"amazon/video":"off","__proto__":"info","copy/x":"error"}');
    const renamed = renameLegacyRuleIds(overrides);
    expect(Object.keys(renamed)).toEqual(['listing/amazon/video', '__proto__', 'copy/x']);
    expect(Object.getPrototypeOf(renamed)).toBe(Object.prototype);
  });
});

describe('splitRuleOverrides', () => {
  it('sends listing ids (old ones renamed) to the listing audit and every other id to the copy checks', () => {
    expect(
      splitRuleOverrides({ 'walmart/images': 'off', 'listing/core/not-enough-content': 'info', 'copy/a/b': 'error' }),
    ).toEqual({
      listing: { 'listing/walmart/images': 'off', 'listing/core/not-enough-content': 'info' },
      copy: { 'copy/a/b': 'error' },
    });
  });
});
