/** Docs for copy/policy/all-caps (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyPolicyAllCapsMeta: RuleMeta = {
  summary: 'Runs of ALL-CAPS words in marketplace titles, bullets and Sponsored Brands headlines.',
  rationale:
    'Amazon and Walmart ban all caps in titles and Sponsored Brands moderation rejects it; single acronyms such as "USB" are fine.',
  source:
    'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=YTR6SYGFA5E3EQC; https://marketplacelearn.walmart.com/guides/Item%20setup/Item%20content,%20imagery,%20and%20media/Product-Detail-Page:-overview (Walmart Product details policy); https://advertising.amazon.com/library/guides/sponsored-brands-sponsored-display-moderation.',
  examples: {
    valid: [
      { input: { text: 'USB-C Charger with LED Display', placement: 'amazon.title' } },
      {
        input: { text: 'WATERPROOF SHELL MEMBRANE: keeps rain out on long hikes', placement: 'amazon.bullet' },
        note: 'a short ALL-CAPS lead-in before a colon is the common bullet-header convention',
      },
    ],
    invalid: [
      { input: { text: 'SUPER STRONG MAGNETIC PHONE MOUNT', placement: 'amazon.title' } },
      { input: { text: 'Keeps rain out: SUPER STRONG WATERPROOF MEMBRANE', placement: 'amazon.bullet' } },
    ],
  },
};
