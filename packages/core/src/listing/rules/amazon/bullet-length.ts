/** listing/amazon/bullet-length: each bullet is at most 500 characters, ideally at most 255. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonBulletLength = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/amazon/bullet-length',
  aliases: ['amazon/bullet-length'],
  category: 'bullets',
  severity: 'warning',
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
