/** listing/amazon/title-characters: none of the characters Amazon bans in titles, except inside the brand name. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

const BANNED = /[!$?_{}^¬¦]/g;

export const amazonTitleCharacters = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/amazon/title-characters',
  aliases: ['amazon/title-characters'],
  category: 'title',
  severity: 'error',
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
