/** Table tests for the brand-voice pack (config-driven) with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../apply-fixes.js';
import type { CopyConfig } from '../../config.js';
import { lintCopy } from '../../lint-copy.js';
import type { PlacementId } from '../../placements.js';
import { type CopyFindingTuple, copyFindingsOf } from '../../test-helpers.js';

const config: CopyConfig = {
  brand: { name: 'KitchenAid', variants: ['KITCHENAID PRO'] },
  bannedWords: ['cheap', { word: 'hack', suggest: 'tip' }],
  substitutions: [{ use: 'T-shirt', insteadOf: ['tee shirt', 'tshirt'] }],
  requiredDisclaimers: [{ text: 'Terms apply.', placements: ['meta.primary-text'] }],
};

const cases: Array<[string, string, PlacementId, CopyFindingTuple[]]> = [
  ['brand ok', 'The KitchenAid mixer', 'generic', []],
  ['brand casing', 'The Kitchenaid mixer', 'generic', [['copy/brand-voice/brand-casing', 4, 14, 'warning']]],
  ['brand variant ok', 'KITCHENAID PRO series', 'generic', []],
  [
    'banned word with plural',
    'Cheap tips and hacks',
    'generic',
    [
      ['copy/brand-voice/banned-word', 0, 5, 'warning'],
      ['copy/brand-voice/banned-word', 15, 20, 'warning'],
    ],
  ],
  ['substitution', 'A cotton Tee shirt', 'generic', [['copy/brand-voice/preferred-term', 9, 18, 'warning']]],
  ['disclaimer only where required', 'Save today.', 'generic', []],
  [
    'disclaimer missing',
    'Save today.',
    'meta.primary-text',
    [['copy/brand-voice/required-disclaimer', 11, 11, 'error']],
  ],
  ['disclaimer present, any case and spacing', 'Save today.  terms   apply.', 'meta.primary-text', []],
];

describe('copy/brand-voice', () => {
  it.each(cases)('%s', (_name, text, placement, expected) => {
    expect(copyFindingsOf(text, 'copy/brand-voice/', { placement, config })).toEqual(expected);
  });
  it('fixes casing and substitutions, keeping case', () => {
    const text = 'The kitchenaid Tee shirt';
    expect(applyFixes(text, lintCopy(text, { config }).findings)).toBe('The KitchenAid T-shirt');
  });
  it('does nothing without config', () => {
    expect(copyFindingsOf('cheap kitchenaid', 'copy/brand-voice/')).toEqual([]);
  });
  it('custom rules from config use the same factories', () => {
    const custom: CopyConfig = {
      customRules: [
        { kind: 'existence', id: 'no-competitors', tokens: ['Sunbeam'], severity: 'error', message: 'No "{match}".' },
        { kind: 'occurrence', id: 'short-subject', count: 'words', max: 3, placements: ['email.subject'] },
        { kind: 'required', id: 'cta', anyOf: ['shop now', 'learn more'] },
        { kind: 'substitution', id: 'email', swap: { 'e-mail': 'email' } },
        { kind: 'capitalization', id: 'iphone', terms: ['iPhone'] },
        { kind: 'repetition', id: 'no-repeats', max: 1, ignore: ['the'] },
        { kind: 'readability', id: 'short-sentences', metric: 'sentence-length', max: 4 },
      ],
    };
    const text = 'Better than Sunbeam for your Iphone e-mail kit kit.';
    const found = copyFindingsOf(text, 'copy/custom/', { config: custom, placement: 'email.subject' });
    expect(found).toEqual(
      [
        ['copy/custom/no-competitors', 12, 19, 'error'],
        ['copy/custom/short-subject', 20, 51, 'warning'],
        ['copy/custom/short-sentences', 0, 51, 'warning'],
        ['copy/custom/iphone', 29, 35, 'warning'],
        ['copy/custom/email', 36, 42, 'warning'],
        ['copy/custom/no-repeats', 47, 50, 'warning'],
        ['copy/custom/cta', 51, 51, 'warning'],
      ].sort(
        (x, y) => (x[1] as number) - (y[1] as number) || String(x[0]).localeCompare(String(y[0])),
      ) as CopyFindingTuple[],
    );
  });
});
