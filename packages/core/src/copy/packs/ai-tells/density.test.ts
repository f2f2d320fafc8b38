/** Table test for copy/ai-tells/density: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyAiTellsDensityRule } from './density.js';

ruleTable(copyAiTellsDensityRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [
    ['certainly mid-sentence is fine', 'It will certainly fit.'],
    ['three tells are fine once minHits is raised', 'A seamless, robust, meticulously made bag.', { minHits: 5 }],
  ],
  fail: [
    [
      'density',
      'Elevate your day: a seamless, robust, meticulously made game-changer.',
      [{ severity: 'error', range: [0, 68] }],
    ],
    [
      'three tells in a short text',
      'A seamless, robust, meticulously made bag.',
      [{ severity: 'warning', range: [2, 32] }],
    ],
    [
      'an error past errorPer100Words',
      'A seamless, robust, meticulously made bag.',
      [{ severity: 'error', range: [2, 32] }],
      { errorPer100Words: 3 },
    ],
  ],
});
