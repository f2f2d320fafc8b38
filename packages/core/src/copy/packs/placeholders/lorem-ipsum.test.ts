// Table test for copy/placeholders/lorem-ipsum: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyPlaceholdersLoremIpsumRule } from './lorem-ipsum.js';

ruleTable(copyPlaceholdersLoremIpsumRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['real copy', 'Linen blend, relaxed fit.']],
  fail: [['lorem', 'Lorem ipsum dolor', [{ severity: 'error', range: [0, 11] }]]],
});
