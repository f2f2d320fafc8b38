// Table test for listing/generic-seo/meta-description: a missing meta description, or one outside 120–160 characters, is a warning.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { genericSeoMetaDescription } from './meta-description.js';

ruleTable(genericSeoMetaDescription, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['150 characters', { seo: { metaDescription: 'm'.repeat(150) } }],
    ['120 characters', { seo: { metaDescription: 'm'.repeat(120) } }],
  ],
  fail: [
    ['missing', { seo: { metaDescription: null } }, [{ severity: 'warning', field: 'seo.metaDescription' }]],
    [
      'long',
      { seo: { metaDescription: 'm'.repeat(200) } },
      [{ severity: 'warning', field: 'seo.metaDescription', evidence: { value: 200, limit: 160, unit: 'chars' } }],
    ],
    [
      'short',
      { seo: { metaDescription: 'Buy our mug.' } },
      [{ severity: 'warning', field: 'seo.metaDescription', evidence: { value: 12, limit: 120, unit: 'chars' } }],
    ],
  ],
});
