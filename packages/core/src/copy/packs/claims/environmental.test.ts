// Table test for copy/claims/environmental: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyClaimsEnvironmentalRule } from './environmental.js';

ruleTable(copyClaimsEnvironmentalRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['specific benefit', 'Made with 80% post-consumer recycled plastic.']],
  fail: [
    ['eco-friendly', 'An eco-friendly mat', [{ severity: 'error', range: [3, 15] }]],
    [
      'qualified green is info',
      'Biodegradable within 180 days in home compost.',
      [{ severity: 'info', range: [0, 13] }],
    ],
    ['sustainable', 'Sustainable style for every day', [{ severity: 'error', range: [0, 11] }]],
  ],
});
