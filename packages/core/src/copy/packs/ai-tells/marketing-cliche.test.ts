/** Table test for copy/ai-tells/marketing-cliche: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyAiTellsMarketingClicheRule } from './marketing-cliche.js';

ruleTable(copyAiTellsMarketingClicheRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['certainly mid-sentence is fine', 'It will certainly fit.']],
  fail: [
    ['cliche is a warning', 'Look no further for a kettle.', [{ severity: 'warning', range: [0, 15] }]],
    ['opener', "In today's fast-paced world, tea matters.", [{ severity: 'warning', range: [0, 27] }]],
    [
      'density',
      'Elevate your day: a seamless, robust, meticulously made game-changer.',
      [
        { severity: 'warning', range: [0, 12] },
        { severity: 'warning', range: [56, 68] },
      ],
    ],
  ],
});
