/** Docs for copy/policy/contact-info (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyPolicyContactInfoMeta: RuleMeta = {
  summary: 'URLs, e-mail addresses and phone numbers in marketplace listing copy.',
  rationale:
    'Amazon bans phone numbers, addresses, e-mails and URLs in titles, bullets and descriptions: they route shoppers off the marketplace.',
  source:
    'https://sellercentral.amazon.com/gp/help/external/200390640; http://kb.sellerchamp.com/en/articles/4154449-walmart-item-setup-content-policies (Walmart: no seller information).',
  examples: {
    valid: [{ input: { text: 'Fits 10-12 inch pans', placement: 'amazon.bullet' } }],
    invalid: [
      { input: { text: 'Visit www.acme.com for recipes', placement: 'amazon.bullet' } },
      { input: { text: 'Questions? Call 555-123-4567', placement: 'walmart.description' } },
    ],
  },
};
