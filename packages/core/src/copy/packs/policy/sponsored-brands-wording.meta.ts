/** Docs for copy/policy/sponsored-brands-wording (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyPolicySponsoredBrandsWordingMeta: RuleMeta = {
  summary: 'Wording Amazon Sponsored Brands rejects: "Click here", "Don\'t miss out", "Last chance", "Best seller".',
  rationale: 'Headlines with calls to click, urgency or Amazon badges fail moderation, delaying the campaign by days.',
  source:
    'https://advertising.amazon.in/help/GJB8YEKP7UJYKSR2; https://advertising.amazon.com/library/guides/sponsored-brands-sponsored-display-moderation.',
  examples: {
    valid: [{ input: { text: 'Cold brew made simple', placement: 'amazon.sponsored-brands.headline' } }],
    invalid: [{ input: { text: "Don't miss out: click here", placement: 'amazon.sponsored-brands.headline' } }],
  },
};
