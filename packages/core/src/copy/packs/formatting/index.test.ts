/** Table tests for the formatting pack: exact ranges and safe fixes. */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../apply-fixes.js';
import { lintCopy } from '../../lint-copy.js';
import type { PlacementId } from '../../placements.js';
import { type CopyFindingTuple, copyFindingsOf } from '../../test-helpers.js';

const cases: Array<[string, string, PlacementId, CopyFindingTuple[]]> = [
  ['double space', 'Soft  tee', 'generic', [['copy/formatting/repeated-whitespace', 4, 6, 'warning']]],
  [
    'edges',
    ' Soft tee ',
    'generic',
    [
      ['copy/formatting/edge-whitespace', 0, 1, 'info'],
      ['copy/formatting/edge-whitespace', 9, 10, 'info'],
    ],
  ],
  [
    'doubled punctuation',
    'Ships today!!',
    'generic',
    [
      ['copy/formatting/repeated-punctuation', 11, 13, 'warning'],
      ['copy/formatting/exclamation-overload', 12, 13, 'warning'],
    ],
  ],
  ['ellipsis ok', 'Wait for it... then pour.', 'generic', []],
  ['doubled word', 'Fits the the lid', 'generic', [['copy/formatting/doubled-word', 8, 12, 'warning']]],
  [
    'html in bullet',
    '<b>Dry</b> bag',
    'amazon.bullet',
    [
      ['copy/formatting/html-markup', 0, 3, 'error'],
      ['copy/formatting/html-markup', 6, 10, 'error'],
    ],
  ],
  ['br allowed in amazon description', 'One<br>Two', 'amazon.description', []],
  ['entity', 'Soft&nbsp;tee', 'meta.primary-text', [['copy/formatting/html-markup', 4, 10, 'warning']]],
  ['em dashes', 'Light — warm — packable', 'generic', [['copy/formatting/em-dash-overload', 13, 14, 'info']]],
];

describe('copy/formatting', () => {
  it.each(cases)('%s', (_name, text, placement, expected) => {
    expect(copyFindingsOf(text, 'copy/formatting/', { placement })).toEqual(expected);
  });
  it('bullet wall of text', () => {
    const text = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    expect(copyFindingsOf(text, 'copy/formatting/bullet', { placement: 'amazon.bullet' })).toEqual([
      ['copy/formatting/bullet-wall-of-text', text.indexOf('w45'), text.length, 'warning'],
    ]);
  });
  it.each([
    ['Soft  cotton   tee', 'Soft cotton tee'],
    ['  Fits the the lid!! ', 'Fits the lid!'],
    ['Wow.... ok,, fine', 'Wow... ok, fine'],
  ])('fixes %j → %j', (text, fixed) => {
    expect(applyFixes(text, lintCopy(text).findings)).toBe(fixed);
  });
});
