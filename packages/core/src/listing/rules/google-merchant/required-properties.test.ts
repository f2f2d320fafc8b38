// Table test for listing/google-merchant/required-properties: a Product without name or image is an error per key.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { googleMerchantRequiredProperties } from './required-properties.js';

const ld = (node: Record<string, unknown>) => ({ structuredData: { jsonLd: [{ '@type': 'Product', ...node }] } });

ruleTable(googleMerchantRequiredProperties, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['name and image', ld({ name: 'Mug', image: 'https://x.test/m.jpg' })],
    [
      'from the first variant',
      { structuredData: { jsonLd: [{ '@type': 'ProductGroup', hasVariant: [{ name: 'Mug', image: 'x.jpg' }] }] } },
    ],
    ['no Product at all (product-markup reports it)', {}],
  ],
  fail: [
    [
      'no image',
      ld({ name: 'Mug' }),
      [{ severity: 'error', field: 'structuredData.image', evidence: { text: 'image', limit: 'required' } }],
    ],
    [
      'neither',
      ld({}),
      [
        { severity: 'error', field: 'structuredData.name', evidence: { text: 'name', limit: 'required' } },
        { severity: 'error', field: 'structuredData.image', evidence: { text: 'image', limit: 'required' } },
      ],
    ],
  ],
});
