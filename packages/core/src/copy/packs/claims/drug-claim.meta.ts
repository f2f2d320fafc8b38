/** Docs for copy/claims/drug-claim (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyClaimsDrugClaimMeta: RuleMeta = {
  summary: 'Cosmetic-to-drug and pesticide claims: "removes wrinkles", "regrows hair", "antibacterial", "detox".',
  rationale:
    'Intended use decides: "reduces the appearance of wrinkles" is cosmetic, "removes wrinkles" is a drug claim; germ-killing claims need EPA registration.',
  source:
    'FDA "Is it a cosmetic, a drug, or both?"; Amazon 202024200; labelcheck and Seller-Launch-Copilot lists. Sources: https://www.fda.gov/cosmetics/cosmetics-laws-regulations/it-cosmetic-drug-or-both-or-it-soap ; https://github.com/anxie620/Seller-Launch-Copilot.',
  examples: {
    valid: [{ input: 'Reduces the appearance of fine lines.' }],
    invalid: [{ input: 'Removes wrinkles overnight.' }, { input: 'Antibacterial bamboo cutting board' }],
  },
};
