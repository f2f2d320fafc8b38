/** copy/placeholders/asin: ASIN-like identifiers left in customer-facing copy (runtime rule, no docs). */
import { defineRuntimeRule } from '../../../engine/rule.js';
import type { CopyContext } from '../../context.js';
import { COPY_PATTERNS, scanCopy } from '../../scanners.js';

// Not part of `detectPlaceholders`: an ASIN is a real identifier (a brief may name one), wrong only in customer copy.
export const copyPlaceholdersAsinRule = defineRuntimeRule<CopyContext>({
  id: 'copy/placeholders/asin',
  category: 'placeholders',
  severity: 'error',
  check(ctx) {
    return scanCopy(ctx.text, COPY_PATTERNS.asin).map((s) => ({
      message: `"${s.text}" looks like an ASIN; refer to the product by name instead.`,
      range: [s.start, s.end] as [number, number],
      evidence: { text: s.text },
    }));
  },
});
