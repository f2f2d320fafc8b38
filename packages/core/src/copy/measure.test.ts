/** Tests for measureCopyLength: units, limits, exact offsets of the overflow and truncation. */
import { describe, expect, it } from 'vitest';
import { measureCopyLength } from './measure.js';
import { placements } from './placements.js';

describe('measureCopyLength', () => {
  it('amazon.title: chars, mobile truncation at 80, hard limit 200', () => {
    const m = measureCopyLength('a'.repeat(201), placements['amazon.title']);
    expect(m).toMatchObject({
      unit: 'chars',
      value: 201,
      hardLimit: 200,
      truncatedAt: 80,
      hardLimitAt: 200,
      softLimitAt: 80,
    });
  });
  it('counts an emoji with a skin-tone modifier as one char', () => {
    const m = measureCopyLength(`${'a'.repeat(99)}👍🏽`, placements['pinterest.title']);
    expect(m.value).toBe(100);
    expect(m.hardLimitAt).toBeUndefined();
  });
  it('counts wide characters as 2 where the platform halves limits', () => {
    const m = measureCopyLength('日'.repeat(16), placements['google-ads.headline']);
    expect(m).toMatchObject({ value: 32, hardLimitAt: 15, wideCountsDouble: true });
  });
  it('amazon.search-terms: bytes, skipping spaces and punctuation', () => {
    expect(measureCopyLength('ab, cd', placements['amazon.search-terms']).value).toBe(4);
    expect(measureCopyLength('ä€', placements['amazon.search-terms']).value).toBe(5);
    const m = measureCopyLength('a'.repeat(250), placements['amazon.search-terms']);
    expect(m).toMatchObject({ unit: 'bytes', value: 250, hardLimitAt: 249 });
  });
  it('sms: segments, encoding and where the second segment starts', () => {
    const m = measureCopyLength(`${'a'.repeat(60)}ł${'b'.repeat(20)}`, placements['sms.message']);
    expect(m).toMatchObject({ unit: 'segments', value: 2, encoding: 'UCS-2', firstNonGsm: 60, softLimitAt: 67 });
  });
  it('Sponsored Brands headline is 35 in Japan', () => {
    expect(measureCopyLength('x', placements['amazon.sponsored-brands.headline'], 'ja-JP').hardLimit).toBe(35);
    expect(measureCopyLength('x', placements['amazon.sponsored-brands.headline']).hardLimit).toBe(50);
  });
});
