// Table test for listing/amazon/bullet-count: fewer than 5 bullets is a warning with the count and the limit.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { amazonBulletCount } from './bullet-count.js';

ruleTable(amazonBulletCount, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['5 bullets', { bullets: ['a', 'b', 'c', 'd', 'e'] }],
    ['6 bullets', { bullets: ['a', 'b', 'c', 'd', 'e', 'f'] }],
  ],
  fail: [
    [
      '3 bullets',
      { bullets: ['a', 'b', 'c'] },
      [{ severity: 'warning', field: 'bullets', evidence: { value: 3, limit: 5, unit: 'bullets' } }],
    ],
    [
      'none, with the bullets selector as target',
      {
        bullets: [],
        extraction: { fields: { bullets: { source: 'amazon-dom', selector: '#feature-bullets li', confidence: 0.9 } } },
      },
      [
        {
          severity: 'warning',
          field: 'bullets',
          target: '#feature-bullets li',
          evidence: { value: 0, limit: 5, unit: 'bullets' },
        },
      ],
    ],
  ],
});
