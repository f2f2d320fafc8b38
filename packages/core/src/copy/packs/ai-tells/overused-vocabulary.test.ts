/** Table test for copy/ai-tells/overused-vocabulary: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyAiTellsOverusedVocabularyRule } from './overused-vocabulary.js';

ruleTable(copyAiTellsOverusedVocabularyRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['certainly mid-sentence is fine', 'It will certainly fit.']],
  fail: [
    ['one seamless is info', 'A seamless zipper.', [{ severity: 'info', range: [2, 10] }]],
    [
      'density',
      'Elevate your day: a seamless, robust, meticulously made game-changer.',
      [
        { severity: 'info', range: [0, 7] },
        { severity: 'info', range: [20, 28] },
        { severity: 'info', range: [30, 36] },
        { severity: 'info', range: [38, 50] },
      ],
    ],
    [
      'density can be tuned in config',
      'A seamless, robust, meticulously made bag.',
      [
        { severity: 'info', range: [2, 10] },
        { severity: 'info', range: [12, 18] },
        { severity: 'info', range: [20, 32] },
      ],
    ],
    [
      'density can be tuned in config (2)',
      {
        text: 'A seamless, robust, meticulously made bag.',
        config: { rules: { 'copy/ai-tells/density': { options: { minHits: 5 } } } },
      },
      [
        { severity: 'info', range: [2, 10] },
        { severity: 'info', range: [12, 18] },
        { severity: 'info', range: [20, 32] },
      ],
    ],
  ],
});
