// Tests for environmental claims in detectClaims: Green Guides grading, exact ranges, rewrites that pass, fuzzing and 100 kB inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_HITS_PER_CLASS, detectClaims } from './claims.js';
import { GREEN_CLAIM_ENTRIES } from './green-claim-words.js';

const green = (text: string) =>
  detectClaims(text)
    .filter((h) => h.class === 'environmental')
    .map((h) => [...h.range, h.severity]);

describe('environmental claims', () => {
  it.each<[string, string, (string | number)[][]]>([
    // 16 CFR 260.4: general benefit claims are errors; a specific benefit beside them only lowers them to a warning.
    ['general', 'An eco-friendly mat', [[3, 15, 'error']]],
    ['general, two words', 'Environmentally friendly ink', [[0, 24, 'error']]],
    ['"100%" belongs to the claim', '100% eco-friendly', [[0, 17, 'error']]],
    ['a count is no qualification', 'The 2 eco-friendly bottles', [[6, 18, 'error']]],
    ['green as a claim', 'Go green with our bottle', [[0, 8, 'error']]],
    ['green product', 'A green product for your kitchen', [[2, 15, 'error']]],
    ['sustainable', 'Sustainable style for every day', [[0, 11, 'error']]],
    ['general beside a specific benefit', 'Eco-friendly: made with 80% recycled plastic.', [[0, 12, 'warning']]],
    ['"not just" is no negation', 'Not just eco-friendly but durable', [[9, 21, 'error']]],
    // 16 CFR 260.5 and EU 2024/825: neutrality claims.
    ['carbon neutral', 'Carbon neutral shipping', [[0, 14, 'error']]],
    ['climate-neutral, hyphenated', 'A climate-neutral brand', [[2, 17, 'error']]],
    ['CO₂ neutral', 'CO₂-neutral delivery', [[0, 11, 'error']]],
    ['net zero', 'We are net zero', [[7, 15, 'error']]],
    ['offsets named: warning', 'Carbon neutral (certified by ClimatePartner, offsets verified)', [[0, 14, 'warning']]],
    ['a future target: warning', 'Net zero by 2040', [[0, 8, 'warning']]],
    // 16 CFR 260.7.
    ['compostable', 'Compostable cups', [[0, 11, 'warning']]],
    ['home compostable needs its evidence', 'Home compostable pods', [[0, 16, 'warning']]],
    ['fully compostable', 'Fully compostable', [[0, 17, 'warning']]],
    ['industrial facilities: info', 'Compostable in industrial facilities', [[0, 11, 'info']]],
    ['commercially compostable: info', 'Commercially compostable', [[0, 24, 'info']]],
    [
      'availability in the next sentence does not count',
      'Compostable. Appropriate facilities may not exist in your area.',
      [[0, 11, 'warning']],
    ],
    // 16 CFR 260.8.
    ['biodegradable', 'Biodegradable pouch', [[0, 13, 'error']]],
    ['100% biodegradable', '100% biodegradable', [[0, 18, 'error']]],
    ['oxo-degradable', 'Oxo-degradable film', [[0, 14, 'error']]],
    ['time only: info', 'Biodegradable within 180 days.', [[0, 13, 'info']]],
    ['place only: info', 'Biodegradable in soil.', [[0, 13, 'info']]],
    // 16 CFR 260.9.
    ['PFAS-free', 'PFAS-free coating', [[0, 9, 'warning']]],
    ['free of PFAS', 'A pan free of PFAS', [[6, 18, 'warning']]],
    ['plastic-free', 'Plastic-free packaging', [[0, 12, 'warning']]],
    // 16 CFR 260.10.
    ['non-toxic', 'Non-toxic paint', [[0, 9, 'warning']]],
    ['non-toxic, scoped: info', 'Non-toxic to pets', [[0, 9, 'info']]],
    // 16 CFR 260.11.
    ['ozone-friendly', 'Ozone-friendly spray', [[0, 14, 'error']]],
    ['ozone safe', 'Ozone safe propellant', [[0, 10, 'error']]],
    // 16 CFR 260.12.
    ['recyclable', 'Recyclable packaging', [[0, 10, 'warning']]],
    ['100% recyclable', 'A 100% recyclable bottle', [[2, 17, 'warning']]],
    ['can be recycled', 'The tin can be recycled', [[8, 23, 'warning']]],
    ['where facilities exist: info', 'Recyclable where facilities exist', [[0, 10, 'info']]],
    ['a year in another sentence is no qualification', 'Recyclable. Made in 2024.', [[0, 10, 'warning']]],
    // 16 CFR 260.13.
    ['recycled content without a share: info', 'Made from recycled materials', [[10, 28, 'info']]],
    ['rPET without a share', 'Bottles of rPET', [[11, 15, 'info']]],
  ])('%s: %s', (_name, text, expected) => {
    expect(green(text)).toEqual(expected);
  });

  it.each([
    // Negated claims are not claims.
    'Not recyclable',
    'Non-recyclable film',
    'non-biodegradable',
    'It is not yet fully recyclable',
    "This lid isn't compostable.",
    'The pouch cannot be recycled.',
    // Qualified as the Green Guides ask.
    'Made with 50% recycled plastic',
    'Made with 80% post-consumer recycled plastic.',
    'Printed on 100% recycled card',
    'Recycled content: 30 percent recycled plastic',
    'This package may not be recyclable in your area.',
    'Recyclable; recycling facilities may not exist in your area.',
    'Recyclable in the few communities with facilities for it.',
    'Compostable in industrial facilities, which may not exist in your area.',
    'Home compostable, certified to AS 5810.',
    'Biodegradable within 180 days in home compost.',
    'Made without intentionally added PFAS',
    'PFAS-free, third-party lab tested',
    // Not environmental claims at all.
    'Meet the green bottle',
    'A green jacket for spring',
    'Please recycle the box.',
    'BPA-free and dishwasher safe',
  ])('no environmental claim in %s', (text) => {
    expect(green(text)).toEqual([]);
  });

  it('carries the reason and the compliant rewrite', () => {
    expect(detectClaims('Compostable cups')).toEqual([
      {
        class: 'environmental',
        range: [0, 11],
        text: 'Compostable',
        severity: 'warning',
        reason:
          '"Compostable" is an unqualified compostable claim, which says it composts safely and in time in a home pile; if it needs an industrial facility, say so and that facilities may not exist in the buyer\'s area (16 CFR 260.7).',
        compliantRewrite:
          'Say where it composts, e.g. "compostable in industrial facilities, which may not exist in your area".',
      },
    ]);
  });

  it('builds the recycled-content rewrite from the claim', () => {
    expect(detectClaims('Made from recycled materials')[0]?.compliantRewrite).toBe(
      'State the recycled share by weight, e.g. "made with 50% recycled materials".',
    );
  });

  // Issue 14: every listed phrase is found on its own, and the rewrite it suggests is itself free of claims.
  describe.each(GREEN_CLAIM_ENTRIES.map((e) => [e.phrase]))('%s', (phrase) => {
    const hits = detectClaims(phrase);
    it('is one environmental claim over the whole phrase', () => {
      expect(hits.map((h) => [h.class, ...h.range])).toEqual([['environmental', 0, phrase.length]]);
    });
    it('suggests a compliant rewrite that passes the detector', () => {
      const rewrite = hits[0]?.compliantRewrite ?? '';
      expect(rewrite).not.toBe('');
      expect(detectClaims(rewrite)).toEqual([]);
    });
  });

  it('never throws, and every range lies inside the text and matches its text', () => {
    const words = [
      'eco',
      'friendly',
      '-',
      ' ',
      '100%',
      'not',
      'non',
      'recyclable',
      'recycled',
      'plastic',
      'compostable',
      'home',
      'biodegradable',
      'within',
      '180',
      'days',
      'carbon',
      'neutral',
      'offsets',
      'by',
      '2040',
      'PFAS',
      'free',
      'your',
      'area',
      '.',
      '\n',
      '’',
      '₂',
    ];
    const texty = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 4 })), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(texty, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        for (const h of detectClaims(text)) {
          expect(h.range[0]).toBeGreaterThanOrEqual(0);
          expect(h.range[0]).toBeLessThan(h.range[1]);
          expect(h.range[1]).toBeLessThanOrEqual(text.length);
          expect(text.slice(h.range[0], h.range[1])).toBe(h.text);
        }
      }),
      { seed: 14, numRuns: 2_000 },
    );
  });

  describe('100 kB adversarial inputs (results, not timings)', () => {
    it.each<[string, string, number]>([
      ['"eco-" repeated', 'eco-'.repeat(25_000), 0],
      ['spaces', ' '.repeat(100_000), 0],
      ['"100% " repeated', '100% '.repeat(20_000), 0],
      ['negated claims', 'not recyclable '.repeat(6_700), 0],
      ['"recycled " without a material', 'recycled '.repeat(11_100), 0],
      ['"biodegradable " repeated, capped', 'biodegradable '.repeat(7_200), CLAIM_HITS_PER_CLASS],
      ['one claim at the end', `${'plain words '.repeat(8_400)}eco-friendly`, 1],
    ])('%s', (_name, text, count) => {
      expect(text.length).toBeGreaterThanOrEqual(99_000);
      expect(green(text)).toHaveLength(count);
    });
  });
});
