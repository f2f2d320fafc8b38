/** amazon/bullet-length: each bullet is at most 500 characters, ideally at most 255. */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonBulletLength = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'amazon/bullet-length',
  category: 'bullets',
  severity: 'warning',
  meta: {
    summary: 'Each bullet is at most 500 characters (a hard limit) and ideally at most 255.',
    rationale: 'Bullets over 500 characters are rejected (error 8102); over about 255 they are cut on most surfaces.',
    source: '[3P] godatafeed error 8102; viral-launch and amazonlistingaudit bullet guidelines.',
    examples: {
      valid: [{ input: { bullets: ['Holds 2 L of water and keeps it cold for 24 hours.'] } }],
      invalid: [{ input: { bullets: ['x'.repeat(300)] } }, { input: { bullets: ['ok', 'y'.repeat(501)] } }],
    },
  },
  check: ({ listing, thresholds }) => {
    const { bulletWarnChars: warn, bulletMaxChars: max } = thresholds.amazon;
    const out = [];
    for (const [i, bullet] of listing.bullets.entries()) {
      const n = bullet.length;
      if (n <= warn) continue;
      const limit = n > max ? max : warn;
      out.push(
        withTarget(listing, `bullets.${i}`, {
          severity: n > max ? ('error' as const) : ('warning' as const),
          message:
            n > max
              ? `Bullet ${i + 1} is ${n} characters; Amazon rejects bullets over ${max}.`
              : `Bullet ${i + 1} is ${n} characters; keep bullets within ${warn} so they are not cut.`,
          range: [limit, n] as [number, number],
          evidence: { value: n, limit, unit: 'chars' },
        }),
      );
    }
    return out;
  },
});
