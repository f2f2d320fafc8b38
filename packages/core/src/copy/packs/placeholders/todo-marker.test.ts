// Table test for copy/placeholders/todo-marker: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyPlaceholdersTodoMarkerRule } from './todo-marker.js';

ruleTable(copyPlaceholdersTodoMarkerRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [
    ['lower-case todo is a word', 'Para todo el día'],
    ['na inside a word', 'Banana bread'],
  ],
  fail: [
    ['TBD', 'Warranty: TBD', [{ severity: 'error', range: [10, 13] }]],
    ['lower-case tbc', 'Launch tbc', [{ severity: 'error', range: [7, 10] }]],
    ['COPY PENDING', 'Bullet 3: COPY PENDING', [{ severity: 'error', range: [10, 22] }]],
  ],
});
