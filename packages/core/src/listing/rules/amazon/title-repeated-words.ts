/** listing/amazon/title-repeated-words: no word more than twice in the title (articles, prepositions, conjunctions exempt). */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

const EXEMPT = /* @__PURE__ */ new Set(
  'a an the and or nor but for of in on at to by with from into over under per as vs x & de la le et und mit für'.split(
    ' ',
  ),
);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export const amazonTitleRepeatedWords = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/amazon/title-repeated-words',
  aliases: ['amazon/title-repeated-words'],
  category: 'title',
  severity: 'error',
  check: ({ listing, thresholds }) => {
    const limit = thresholds.amazon.titleMaxWordRepeats;
    const seen = new Map<string, number[]>();
    for (const m of (listing.title ?? '').matchAll(WORD)) {
      const word = m[0].toLowerCase();
      if (EXEMPT.has(word) || /^\d+$/.test(word)) continue;
      const at = seen.get(word) ?? [];
      at.push(m.index);
      seen.set(word, at);
    }
    const out = [];
    for (const [word, positions] of seen) {
      if (positions.length <= limit) continue;
      const third = positions[limit] ?? 0;
      out.push(
        withTarget(listing, 'title', {
          message: `"${word}" appears ${positions.length} times in the title; Amazon allows ${limit}.`,
          range: [third, third + word.length] as [number, number],
          evidence: { text: word, value: positions.length, limit, unit: 'repeats' },
        }),
      );
    }
    return out;
  },
});
