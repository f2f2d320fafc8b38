// Table test for listing/amazon/title-characters: each banned character is an error with a delete fix; the brand is exempt.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { amazonTitleCharacters } from './title-characters.js';

ruleTable(amazonTitleCharacters, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['plain title', { title: 'Steel Kettle 1.7 L, Cordless' }],
    ['banned character inside the brand', { title: 'Yahoo! Style Kettle', brand: 'Yahoo!' }],
    ['no title', { title: null }],
  ],
  fail: [
    [
      'a question mark outside the brand',
      { title: 'Yahoo! Kettle? Big', brand: 'Yahoo!' },
      [
        {
          severity: 'error',
          field: 'title',
          range: [13, 14],
          fix: { kind: 'replace', range: [13, 14], text: '' },
          evidence: { text: '?', limit: '! $ ? _ { } ^ ¬ ¦' },
        },
      ],
    ],
    [
      'one finding per character',
      { title: 'Kettle!$' },
      [
        {
          severity: 'error',
          field: 'title',
          range: [6, 7],
          fix: { kind: 'replace', range: [6, 7], text: '' },
          evidence: { text: '!', limit: '! $ ? _ { } ^ ¬ ¦' },
        },
        {
          severity: 'error',
          field: 'title',
          range: [7, 8],
          fix: { kind: 'replace', range: [7, 8], text: '' },
          evidence: { text: '$', limit: '! $ ? _ { } ^ ¬ ¦' },
        },
      ],
    ],
  ],
});
