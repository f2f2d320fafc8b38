// Table test for copy/claims/superlative: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyClaimsSuperlativeRule } from './superlative.js';

ruleTable(copyClaimsSuperlativeRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [
    ['"works best" is usage', 'Works best with filtered water.'],
    ['"best for" is fit', 'Best for sensitive skin.'],
    ['retailer Best Buy is not a claim', 'Also available at Best Buy.'],
    [
      'substantiated on the allow-list',
      { text: 'The best-selling kettle', config: { substantiatedClaims: ['best-selling'] } },
    ],
  ],
  fail: [
    ['superlative', 'The best blender', [{ severity: 'warning', range: [0, 8] }]],
    ['hyphenated phrase', 'Industry-leading battery', [{ severity: 'warning', range: [0, 16] }]],
    ['lower-case best buy is a claim', 'Our best buy of the year', [{ severity: 'warning', range: [4, 8] }]],
    ['best in the world', 'best in the world', [{ severity: 'warning', range: [0, 4] }]],
    ["world's first", "The world's first foldable kettle", [{ severity: 'warning', range: [4, 17] }]],
  ],
});
