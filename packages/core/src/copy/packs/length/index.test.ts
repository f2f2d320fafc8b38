/** Table tests for the length pack: the overflow range starts exactly where the limit is passed. */
import { describe, expect, it } from 'vitest';
import { lintCopy } from '../../lint-copy.js';
import type { PlacementId } from '../../placements.js';
import { type CopyFindingTuple, copyFindingsOf } from '../../test-helpers.js';

const a = (n: number) => 'a'.repeat(n);

const cases: Array<[string, string, PlacementId, CopyFindingTuple[], object?]> = [
  ['headline at limit', a(30), 'google-ads.headline', []],
  ['headline over', a(31), 'google-ads.headline', [['copy/length/hard-limit', 30, 31, 'error']]],
  ['wide chars count 2', '日'.repeat(16), 'google-ads.headline', [['copy/length/hard-limit', 15, 16, 'error']]],
  [
    'amazon title over 80 is soft + truncated',
    a(81),
    'amazon.title',
    [
      ['copy/length/soft-limit', 80, 81, 'warning'],
      ['copy/length/truncation', 80, 81, 'info'],
    ],
  ],
  [
    'amazon title over 200 is hard (soft is folded in)',
    a(201),
    'amazon.title',
    [
      ['copy/length/truncation', 80, 201, 'info'],
      ['copy/length/hard-limit', 200, 201, 'error'],
    ],
  ],
  ['search terms in bytes', `${a(248)}ä`, 'amazon.search-terms', [['copy/length/hard-limit', 248, 249, 'error']]],
  ['search terms skip spaces', `${'ab '.repeat(124)}a`, 'amazon.search-terms', []],
  ['sms gsm single segment', a(160), 'sms.message', []],
  ['sms two segments', a(161), 'sms.message', [['copy/length/soft-limit', 153, 161, 'warning']]],
  ['sms ucs-2 switch', `Hi 🎉`, 'sms.message', [['copy/length/sms-encoding', 3, 5, 'info']]],
  ['empty field', '  ', 'email.subject', [['copy/length/empty', 0, 2, 'warning']]],
  [
    'SB headline Japan',
    a(36),
    'amazon.sponsored-brands.headline',
    [['copy/length/hard-limit', 35, 36, 'error']],
    { locale: 'ja-JP' },
  ],
];

describe('copy/length', () => {
  it.each(cases)('%s', (_name, text, placement, expected, options) => {
    expect(copyFindingsOf(text, 'copy/length/', { placement, ...options })).toEqual(expected);
  });
  it('the report carries the measurement', () => {
    const r = lintCopy(a(90), { placement: 'amazon.title' });
    expect(r.length).toMatchObject({
      unit: 'chars',
      value: 90,
      hardLimit: 200,
      softLimit: 80,
      truncateAt: 80,
      truncatedAt: 80,
    });
  });
});
