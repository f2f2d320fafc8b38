/** Tests for count.ts: graphemes, bytes, width and SMS segments. */
import { describe, expect, it } from 'vitest';
import {
  countCopyDisplayWidth,
  countCopyGraphemes,
  countCopySmsSegments,
  countCopyUtf8Bytes,
  forEachGrapheme,
  isUncountedSearchTermChar,
} from './count.js';

describe('countCopyGraphemes', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['👍🏽', 1],
    ['e\u0301', 1],
    ['👨‍👩‍👧', 1],
    ['a\r\nb', 3],
    ['\ud800x', 2],
    ['Light — warm’s 👍🏽 ok e\u0301 🇺🇸🇩🇪 a\r\nb', 28],
  ])('%j → %i', (text, n) => expect(countCopyGraphemes(text)).toBe(n));
});

describe('forEachGrapheme', () => {
  it('matches Intl.Segmenter on mixed text', () => {
    const text = 'Tee — soft’s 👨‍👩‍👧 e\u0301x 🇺🇸🇩🇪\r\nend ©\ufe0f ‍©';
    const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const expected = [...seg.segment(text)].map((s) => [s.index, s.index + s.segment.length]);
    const got: number[][] = [];
    forEachGrapheme(text, (a, b) => {
      got.push([a, b]);
      return undefined;
    });
    expect(got).toEqual(expected);
  });
  it('matches Intl.Segmenter across chunk boundaries', () => {
    const text = `${'👍🏽🇺🇸e\u0301'.repeat(400)}${'x\u0301'.repeat(600)}`;
    const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const expected = [...seg.segment(text)].map((s) => [s.index, s.index + s.segment.length]);
    const got: number[][] = [];
    forEachGrapheme(text, (a, b) => {
      got.push([a, b]);
      return undefined;
    });
    expect(got).toEqual(expected);
  });
});

describe('countCopyUtf8Bytes', () => {
  it.each([
    ['abc', 3],
    ['ä', 2],
    ['€', 3],
    ['❤', 3],
    ['😀', 4],
    ['\ud800', 3],
  ])('%j → %i bytes', (text, n) => expect(countCopyUtf8Bytes(text)).toBe(n));
  it('search-term bytes skip spaces and punctuation', () => {
    expect(isUncountedSearchTermChar(' '.charCodeAt(0))).toBe(true);
    expect(isUncountedSearchTermChar(','.charCodeAt(0))).toBe(true);
    expect(isUncountedSearchTermChar('a'.charCodeAt(0))).toBe(false);
  });
});

describe('countCopyDisplayWidth', () => {
  it('counts CJK and fullwidth as 2', () => {
    expect(countCopyDisplayWidth('abc')).toBe(3);
    expect(countCopyDisplayWidth('日本語')).toBe(6);
    expect(countCopyDisplayWidth('한국 a')).toBe(6);
  });
});

describe('countCopySmsSegments', () => {
  it('GSM-7 single and concatenated', () => {
    expect(countCopySmsSegments('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(countCopySmsSegments('a'.repeat(161))).toMatchObject({ segments: 2, perSegment: 153, segmentStarts: [153] });
    expect(countCopySmsSegments('a'.repeat(306)).segments).toBe(2);
    expect(countCopySmsSegments('a'.repeat(307)).segments).toBe(3);
  });
  it('extended GSM characters count 2', () => {
    expect(countCopySmsSegments('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(countCopySmsSegments('€'.repeat(81)).segments).toBe(2);
  });
  it('one non-GSM character switches to UCS-2', () => {
    const info = countCopySmsSegments(`${'a'.repeat(70)}😀`);
    expect(info).toMatchObject({ encoding: 'UCS-2', units: 72, segments: 2, firstNonGsm: 70 });
    expect(countCopySmsSegments(`${'a'.repeat(69)}ł`)).toMatchObject({ encoding: 'UCS-2', segments: 1 });
  });
  it('never splits a surrogate pair', () => {
    const info = countCopySmsSegments(`${'a'.repeat(66)}😀${'b'.repeat(10)}`);
    expect(info.segmentStarts).toEqual([66]);
  });
  it('empty text has no segments', () => expect(countCopySmsSegments('').segments).toBe(0));
});
