// Table test for listing/amazon/bullet-characters: emoji and banned symbols in bullets are errors with their range.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { amazonBulletCharacters } from './bullet-characters.js';

ruleTable(amazonBulletCharacters, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['plain bullets', { bullets: ['Keeps drinks cold for 24 hours.', 'BPA free'] }],
    ['no bullets', { bullets: [] }],
  ],
  fail: [
    [
      'emoji and ™',
      { bullets: ['fine', 'Cold ❄ and Soft™'] },
      [
        { severity: 'error', field: 'bullets.1', range: [5, 6], evidence: { text: '❄' } },
        { severity: 'error', field: 'bullets.1', range: [15, 16], evidence: { text: '™' } },
      ],
    ],
    [
      'a tilde, with target',
      {
        bullets: ['~ 2 L'],
        extraction: { fields: { 'bullets.0': { source: 'amazon-dom', selector: '#b0', confidence: 0.9 } } },
      },
      [{ severity: 'error', field: 'bullets.0', target: '#b0', range: [0, 1], evidence: { text: '~' } }],
    ],
  ],
});
