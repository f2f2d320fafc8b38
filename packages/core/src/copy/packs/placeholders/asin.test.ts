// Table test for copy/placeholders/asin: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyPlaceholdersAsinRule } from './asin.js';

ruleTable(copyPlaceholdersAsinRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['model name', 'Model B-200 with a 2-year warranty.']],
  fail: [['ASIN', 'Pairs with B07XJ8C8F5.', [{ severity: 'error', range: [11, 21] }]]],
});
