/** Table test for copy/ai-tells/chatbot-leftover: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyAiTellsChatbotLeftoverRule } from './chatbot-leftover.js';

ruleTable(copyAiTellsChatbotLeftoverRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['certainly mid-sentence is fine', 'It will certainly fit.']],
  fail: [
    ['chatbot leftover', 'Soft tee. I hope this helps!', [{ severity: 'error', range: [10, 27] }]],
    ['Certainly! opener', 'Certainly! Here it is.', [{ severity: 'error', range: [0, 9] }]],
  ],
});
