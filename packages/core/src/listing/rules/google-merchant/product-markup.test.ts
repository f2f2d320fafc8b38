// Table test for listing/google-merchant/product-markup: a page without Product or ProductGroup markup is an error.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { googleMerchantProductMarkup } from './product-markup.js';

ruleTable(googleMerchantProductMarkup, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['JSON-LD Product', { structuredData: { jsonLd: [{ '@type': 'Product' }] } }],
    ['microdata counts', { structuredData: { microdata: [{ '@type': 'Product', name: 'Mug' }] } }],
  ],
  fail: [
    [
      'none',
      {},
      [{ severity: 'error', field: 'structuredData', evidence: { value: 0, limit: 1, unit: 'Product nodes' } }],
    ],
  ],
});
