// Table test for listing/amazon/bullet-length: a warning over 255 characters and an error over 500, per bullet.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { amazonBulletLength } from './bullet-length.js';

ruleTable(amazonBulletLength, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['short bullets', { bullets: ['Holds 2 L of water.', 'Keeps it cold for 24 hours.'] }],
    ['exactly 255', { bullets: ['w'.repeat(255)] }],
  ],
  fail: [
    [
      'warn over 255, error over 500, each with its own target',
      {
        bullets: ['ok', 'w'.repeat(256), 'e'.repeat(501)],
        extraction: { fields: { 'bullets.1': { source: 'amazon-dom', selector: '#b1', confidence: 0.9 } } },
      },
      [
        {
          severity: 'warning',
          field: 'bullets.1',
          target: '#b1',
          range: [255, 256],
          evidence: { value: 256, limit: 255, unit: 'chars' },
        },
        {
          severity: 'error',
          field: 'bullets.2',
          range: [500, 501],
          evidence: { value: 501, limit: 500, unit: 'chars' },
        },
      ],
    ],
  ],
});
