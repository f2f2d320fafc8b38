/** amazon/title-characters: none of the characters Amazon bans in titles, except inside the brand name. */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

const BANNED = /[!$?_{}^¬¦]/g;

export const amazonTitleCharacters = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'amazon/title-characters',
  category: 'title',
  severity: 'error',
  meta: {
    summary: 'The title has none of the banned characters ! $ ? _ { } ^ ¬ ¦ (a brand name is exempt).',
    rationale: 'Since January 2025 Amazon suppresses or auto-corrects titles that contain these characters.',
    source: '[O] Amazon Seller Central UK 201100890; [3P] forestleopard US announcement (2025-01-17).',
    examples: {
      valid: [
        { input: { title: 'Yahoo! Style Kettle, 1.7 L', brand: 'Yahoo!' }, note: 'inside the brand' },
        { input: { title: 'Steel Kettle 1.7 L, Cordless' } },
      ],
      invalid: [{ input: { title: 'Amazing Kettle!! Boils Fast $$' } }],
    },
  },
  check: ({ listing }) => {
    const title = listing.title ?? '';
    const brandAt = listing.brand ? title.indexOf(listing.brand) : -1;
    const brandEnd = brandAt >= 0 ? brandAt + (listing.brand?.length ?? 0) : -1;
    const out = [];
    for (const m of title.matchAll(BANNED)) {
      const at = m.index;
      if (at >= brandAt && at < brandEnd) continue;
      out.push(
        withTarget(listing, 'title', {
          message: `"${m[0]}" is not allowed in Amazon titles; remove it.`,
          range: [at, at + 1] as [number, number],
          fix: { kind: 'replace' as const, range: [at, at + 1] as [number, number], text: '' },
          evidence: { text: m[0], limit: '! $ ? _ { } ^ ¬ ¦' },
        }),
      );
    }
    return out;
  },
});
