/** Table tests for the AI-tells pack: single hits stay low, density escalates, chatbot leftovers are errors. */
import { describe, expect, it } from 'vitest';
import { type CopyFindingTuple, copyFindingsOf } from '../../test-helpers.js';

const cases: Array<[string, string, CopyFindingTuple[]]> = [
  ['one seamless is info', 'A seamless zipper.', [['copy/ai-tells/overused-vocabulary', 2, 10, 'info']]],
  ['cliche is a warning', 'Look no further for a kettle.', [['copy/ai-tells/marketing-cliche', 0, 15, 'warning']]],
  ['opener', "In today's fast-paced world, tea matters.", [['copy/ai-tells/marketing-cliche', 0, 27, 'warning']]],
  ['chatbot leftover', 'Soft tee. I hope this helps!', [['copy/ai-tells/chatbot-leftover', 10, 27, 'error']]],
  ['Certainly! opener', 'Certainly! Here it is.', [['copy/ai-tells/chatbot-leftover', 0, 9, 'error']]],
  ['certainly mid-sentence is fine', 'It will certainly fit.', []],
  [
    'density',
    'Elevate your day: a seamless, robust, meticulously made game-changer.',
    [
      ['copy/ai-tells/density', 0, 68, 'error'],
      ['copy/ai-tells/marketing-cliche', 0, 12, 'warning'],
      ['copy/ai-tells/overused-vocabulary', 0, 7, 'info'],
      ['copy/ai-tells/overused-vocabulary', 20, 28, 'info'],
      ['copy/ai-tells/overused-vocabulary', 30, 36, 'info'],
      ['copy/ai-tells/overused-vocabulary', 38, 50, 'info'],
      ['copy/ai-tells/marketing-cliche', 56, 68, 'warning'],
    ],
  ],
];

describe('copy/ai-tells', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(copyFindingsOf(text, 'copy/ai-tells/')).toEqual(expected);
  });
  it('density can be tuned in config', () => {
    const text = 'A seamless, robust, meticulously made bag.';
    expect(copyFindingsOf(text, 'copy/ai-tells/density')).toEqual([['copy/ai-tells/density', 2, 32, 'warning']]);
    const relaxed = { config: { rules: { 'copy/ai-tells/density': { options: { minHits: 5 } } } } };
    expect(copyFindingsOf(text, 'copy/ai-tells/density', relaxed)).toEqual([]);
  });
});
