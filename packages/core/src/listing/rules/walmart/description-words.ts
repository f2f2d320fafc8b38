/** listing/walmart/description-words: the description has at least 150 words and at most 4000 characters. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const walmartDescriptionWords = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/walmart/description-words',
  aliases: ['walmart/description-words'],
  category: 'description',
  severity: 'warning',
  check: ({ listing, thresholds }) => {
    const { descriptionMinWords: min, descriptionMaxChars: max } = thresholds.walmart;
    const text = listing.description ?? '';
    const words = text.split(/\s+/).filter(Boolean).length;
    const out = [];
    if (words < min) {
      out.push(
        withTarget(listing, 'description', {
          message: `The description has ${words} words; Walmart recommends at least ${min}.`,
          evidence: { value: words, limit: min, unit: 'words' },
        }),
      );
    }
    if (text.length > max) {
      out.push(
        withTarget(listing, 'description', {
          message: `The description is ${text.length} characters; Walmart takes at most ${max}.`,
          range: [max, text.length] as [number, number],
          evidence: { value: text.length, limit: max, unit: 'chars' },
        }),
      );
    }
    return out;
  },
});
