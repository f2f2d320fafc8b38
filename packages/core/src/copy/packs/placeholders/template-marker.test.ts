// Table test for copy/placeholders/template-marker: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyPlaceholdersTemplateMarkerRule } from './template-marker.js';

ruleTable(copyPlaceholdersTemplateMarkerRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [
    ['ordinary brackets', 'Includes [2] filters and [sic] notes'],
    ['merge tag in an e-mail subject', { text: 'Hi {{first_name}}, your order shipped', placement: 'email.subject' }],
    ['merge tag in an SMS', { text: 'Hi *|FNAME|*, it shipped', placement: 'sms.message' }],
    ['emphatic question marks', 'Really???'],
  ],
  fail: [
    ['bracket slot', 'Meet [Product Name] today', [{ severity: 'error', range: [5, 19] }]],
    ['merge tag outside e-mail', 'Hi {{first_name}}!', [{ severity: 'error', range: [3, 17] }]],
    ['mailchimp', 'Hey *|FNAME|*', [{ severity: 'error', range: [4, 13] }]],
    ['percent tag', 'Hi %%FirstName%%', [{ severity: 'error', range: [3, 16] }]],
    ['insert', 'A <insert benefit> kit', [{ severity: 'error', range: [2, 18] }]],
    ['XX%', 'Save XX% now', [{ severity: 'error', range: [5, 8] }]],
    [
      'slot in an e-mail still fails',
      { text: 'Meet [Product Name]', placement: 'email.subject' },
      [{ severity: 'error', range: [5, 19] }],
    ],
    ['a bare ???', 'Price: ???', [{ severity: 'error', range: [7, 10] }]],
  ],
});
