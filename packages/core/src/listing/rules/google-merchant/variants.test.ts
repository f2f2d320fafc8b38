// Table test for listing/google-merchant/variants: a ProductGroup without productGroupID, variesBy or hasVariant is a warning per key.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { googleMerchantVariants } from './variants.js';

ruleTable(googleMerchantVariants, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    [
      'complete group',
      {
        structuredData: {
          jsonLd: [{ '@type': 'ProductGroup', productGroupID: 'g', variesBy: ['size'], hasVariant: [{}] }],
        },
      },
    ],
    ['a single Product is not judged', { structuredData: { jsonLd: [{ '@type': 'Product' }] } }],
  ],
  fail: [
    [
      'missing keys',
      { structuredData: { jsonLd: [{ '@type': 'ProductGroup', hasVariant: [{}] }] } },
      [
        {
          severity: 'warning',
          field: 'structuredData.productGroupID',
          evidence: { text: 'productGroupID', limit: 'required for variants' },
        },
        {
          severity: 'warning',
          field: 'structuredData.variesBy',
          evidence: { text: 'variesBy', limit: 'required for variants' },
        },
      ],
    ],
  ],
});
