/** Pack-level tests for the claims pack through lintCopy: exact ranges, exceptions, the "Best Buy" decision and the allow-list. */
import { describe, expect, it } from 'vitest';
import { lintCopy } from '../../lint-copy.js';
import { type CopyFindingTuple, copyFindingsOf } from '../../test-helpers.js';

const cases: Array<[string, string, CopyFindingTuple[], object?]> = [
  ['superlative', 'The best blender', [['copy/claims/superlative', 0, 8, 'warning']]],
  ['superlative plural-safe', 'Industry-leading battery', [['copy/claims/superlative', 0, 16, 'warning']]],
  ['"works best" is usage', 'Works best with filtered water.', []],
  ['"best for" is fit', 'Best for sensitive skin.', []],
  ['retailer Best Buy is not a claim', 'Also available at Best Buy.', []],
  ['lower-case best buy is a claim', 'Our best buy of the year', [['copy/claims/superlative', 4, 8, 'warning']]],
  ['#1', '#1 rated pillow', [['copy/claims/number-one', 0, 2, 'warning']]],
  ['model number is not #1', 'Style #4301', []],
  ['comparative', 'Cleans better than leading brands.', [['copy/claims/comparative', 7, 18, 'warning']]],
  ['proof', 'Clinically proven formula', [['copy/claims/proof-claim', 0, 17, 'error']]],
  ['100% effective', 'It is 100% effective.', [['copy/claims/proof-claim', 6, 20, 'error']]],
  ['guaranteed alone warns', 'Fit guaranteed.', [['copy/claims/proof-claim', 4, 14, 'warning']]],
  ['disease', 'Cures joint pain fast', [['copy/claims/disease-claim', 0, 16, 'error']]],
  ['disease within five words', 'Helps prevent colds and flu.', [['copy/claims/disease-claim', 6, 19, 'error']]],
  ['dog treats', 'Dog treats for training.', []],
  ['epoxy cures', 'Epoxy cures in 24 hours.', []],
  ['sentence boundary stops a disease claim', 'It treats. Arthritis is common.', []],
  ['drug', 'Removes wrinkles overnight', [['copy/claims/drug-claim', 0, 16, 'error']]],
  ['cosmetic wording passes', 'Reduces the appearance of wrinkles', []],
  ['green', 'An eco-friendly mat', [['copy/claims/environmental', 3, 15, 'error']]],
  ['green qualified in part is info', 'Biodegradable within 180 days.', [['copy/claims/environmental', 0, 13, 'info']]],
  ['green qualified with place and time passes', 'Biodegradable within 180 days in home compost.', []],
  ['not recyclable is no claim', 'The pouch is not recyclable.', []],
  ['recyclable warns', 'Recyclable packaging', [['copy/claims/environmental', 0, 10, 'warning']]],
  ['recycled share passes', 'Made with 50% recycled plastic', []],
  ['free', 'Get a free gift today', [['copy/claims/free-claim', 6, 15, 'warning']]],
  ['BPA-free is not a free offer', 'BPA-free and dishwasher safe', []],
  ['new', 'The all-new Trail 2', [['copy/claims/new-claim', 4, 11, 'info']]],
  ['made in usa', 'Proudly made in the USA.', [['copy/claims/made-in-usa', 8, 23, 'warning']]],
  ['qualified made in usa', 'Made in the USA with imported parts.', []],
  ['endorsement', 'Doctor recommended support', [['copy/claims/endorsement', 0, 18, 'warning']]],
  ['natural', '100% natural lip balm', [['copy/claims/natural-claim', 0, 12, 'warning']]],
  ['heals a condition', 'Heals dry skin', [['copy/claims/disease-claim', 0, 14, 'error']]],
  [
    'substantiated claims pass',
    '#1 rated and clinically proven',
    [],
    { config: { substantiatedClaims: ['#1', { claim: 'clinically proven', evidence: 'Study 2024-07' }] } },
  ],
];

describe('copy/claims', () => {
  it.each(cases)('%s', (_name, text, expected, options) => {
    expect(copyFindingsOf(text, 'copy/claims/', options)).toEqual(expected);
  });
  // Regression (issue 9): this used to assert only that a finding exists, so it passed with the rewrite logic deleted.
  it('disease findings suggest the exact compliant rewrite', () => {
    const fixes = lintCopy('Cures joint pain', {})
      .findings.filter((f) => f.ruleId === 'copy/claims/disease-claim')
      .map((f) => f.fix);
    expect(fixes).toEqual([{ kind: 'suggest', text: 'supports joint comfort' }]);
  });
  // Issue 14: the exact rewrite, and the rewrite itself passes every claims rule (pasting it in clears the finding).
  it.each<[string, string]>([
    [
      '100% biodegradable',
      'Say where and how fast it breaks down, e.g. "breaks down in home compost within 12 months".',
    ],
    [
      'Compostable cups',
      'Say where it composts, e.g. "compostable in industrial facilities, which may not exist in your area".',
    ],
    [
      'Recyclable packaging',
      'Qualify it unless at least 60% of buyers can recycle it, e.g. "recyclable; recycling facilities may not exist in your area".',
    ],
    ['Made from recycled materials', 'State the recycled share by weight, e.g. "made with 50% recycled materials".'],
  ])('environmental finding on %s suggests a rewrite that passes', (text, rewrite) => {
    const fixes = lintCopy(text, {})
      .findings.filter((f) => f.ruleId === 'copy/claims/environmental')
      .map((f) => f.fix);
    expect(fixes).toEqual([{ kind: 'suggest', text: rewrite }]);
    expect(copyFindingsOf(rewrite, 'copy/claims/')).toEqual([]);
  });
});
