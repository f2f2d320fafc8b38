/** Docs for copy/claims/free-claim (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyClaimsFreeClaimMeta: RuleMeta = {
  summary: '"Free" offers: free gift, free trial, free shipping, buy one get one free.',
  rationale:
    "A free item's cost may not be recovered in the tied price, and its terms must be disclosed at the outset; marketplaces ban shipping offers in listing copy.",
  source:
    'FTC Guide Concerning Use of the Word "Free", 16 CFR 251. Sources: https://lawserver.com/law/articles/use-of-free-in-advertising.',
  examples: {
    valid: [{ input: 'BPA-free and dishwasher safe.' }],
    invalid: [{ input: 'Get a free gift with every order.' }],
  },
};
