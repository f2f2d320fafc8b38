// Table test for copy/placeholders/pending-phrase: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyPlaceholdersPendingPhraseRule } from './pending-phrase.js';

ruleTable(copyPlaceholdersPendingPhraseRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['real content', 'Ships in two business days.']],
  fail: [
    ['N/A', 'Material: N/A', [{ severity: 'error', range: [10, 13] }]],
    ['to be determined', 'Release date to be determined.', [{ severity: 'error', range: [13, 29] }]],
  ],
});
