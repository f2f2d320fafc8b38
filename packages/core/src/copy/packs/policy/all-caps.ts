/** copy/policy/all-caps: Runs of ALL-CAPS words in marketplace titles, bullets and Sponsored Brands headlines. */

import { copyCapitalizationRule } from '../../rule-kinds/capitalization.js';

export const copyPolicyAllCapsRule = copyCapitalizationRule({
  id: 'copy/policy/all-caps',
  category: 'policy',
  severity: 'warning',
  noAllCaps: true,
  allowLeadIn: true,
  placements: [
    'amazon.title',
    'walmart.title',
    'amazon.sponsored-brands.headline',
    'amazon.bullet',
    'walmart.key-feature',
  ],
  message:
    'ALL CAPS is not allowed in marketplace titles and headlines; capitalise the first letter of each word instead.',
});
