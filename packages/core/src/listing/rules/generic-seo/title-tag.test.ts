// Table test for listing/generic-seo/title-tag: a missing or over-60 title tag is a warning, under 30 is info.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { genericSeoTitleTag } from './title-tag.js';

ruleTable(genericSeoTitleTag, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['45 characters', { seo: { title: 't'.repeat(45) } }],
    ['30 and 60 are inside', { seo: { title: 't'.repeat(60) } }],
  ],
  fail: [
    ['missing', { seo: { title: null } }, [{ severity: 'warning', field: 'seo.title' }]],
    [
      'long, with target',
      {
        seo: { title: 't'.repeat(70) },
        extraction: { fields: { 'seo.title': { source: 'dom', selector: 'title', confidence: 0.9 } } },
      },
      [
        {
          severity: 'warning',
          field: 'seo.title',
          target: 'title',
          range: [60, 70],
          evidence: { value: 70, limit: 60, unit: 'chars' },
        },
      ],
    ],
    [
      'thin',
      { seo: { title: 'Mug' } },
      [{ severity: 'info', field: 'seo.title', evidence: { value: 3, limit: 30, unit: 'chars' } }],
    ],
  ],
});
