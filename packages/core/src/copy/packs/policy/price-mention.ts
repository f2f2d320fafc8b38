/** copy/policy/price-mention: Prices and discounts ("$19.99", "20% off") in marketplace listing copy. */
import { defineRuntimeRule } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { COPY_PATTERNS, scanCopy } from '../../scanners.js';

export const copyPolicyPriceMentionRule = defineRuntimeRule<CopyContext>({
  id: 'copy/policy/price-mention',
  category: 'policy',
  severity: 'error',
  applies: (ctx) => ctx.placement.marketplace,
  check(ctx) {
    return scanCopy(ctx.text, COPY_PATTERNS.price).map((s) => ({
      message: `"${s.text}" is a price or discount; marketplaces do not allow it in listing copy.`,
      range: [s.start, s.end] as [number, number],
      evidence: { text: s.text },
    }));
  },
});
