/** Length measurement of a text for a placement, in the platform's unit, with the offset where each limit is crossed. */

import {
  countCopySmsSegments,
  countCopyUtf8Bytes,
  forEachGrapheme,
  isUncountedSearchTermChar,
  isWideCodePoint,
} from './count.js';
import { requireCopyObject, requireCopyString } from './input.js';
import type { CopyLengthUnit, Placement } from './placements.js';

export interface CopyLengthMeasurement {
  unit: CopyLengthUnit;
  value: number;
  hardLimit?: number;
  softLimit?: number;
  /** The placement's visible length (in `unit`), when a surface cuts the text. */
  truncateAt?: number;
  /** UTF-16 offset where the visible text ends, when the text is longer than `truncateAt`. */
  truncatedAt?: number;
  /** UTF-16 offsets where the text first passes the hard and soft limits. */
  hardLimitAt?: number;
  softLimitAt?: number;
  /** SMS only. */
  encoding?: 'GSM-7' | 'UCS-2';
  firstNonGsm?: number;
  /** True when wide East Asian characters counted as 2. */
  wideCountsDouble?: boolean;
}

/** Platform limits that depend on the locale: Amazon Sponsored Brands headlines are 35 in Japan. */
export function copyLimitsFor(
  placement: Placement,
  locale: string,
): Pick<Placement, 'hardLimit' | 'softLimit' | 'truncateAt'> {
  const out: Pick<Placement, 'hardLimit' | 'softLimit' | 'truncateAt'> = {};
  if (placement.hardLimit !== undefined) out.hardLimit = placement.hardLimit;
  if (placement.softLimit !== undefined) out.softLimit = placement.softLimit;
  if (placement.truncateAt !== undefined) out.truncateAt = placement.truncateAt;
  if (placement.id === 'amazon.sponsored-brands.headline' && locale.toLowerCase().startsWith('ja')) out.hardLimit = 35;
  return out;
}

/**
 * Walks the text once in the placement's unit and records where the running count first exceeds
 * each threshold, so findings can underline exactly the part that is over.
 */
export function measureCopyLength(text: string, placement: Placement, locale = 'en'): CopyLengthMeasurement {
  requireCopyString(text, 'text');
  requireCopyObject(placement, 'placement');
  if (typeof locale !== 'string') locale = 'en';
  const limits = copyLimitsFor(placement, locale);
  const m: CopyLengthMeasurement = { unit: placement.unit, value: 0, ...limits };
  if (placement.unit === 'segments') {
    const sms = countCopySmsSegments(text);
    m.value = sms.segments;
    m.encoding = sms.encoding;
    if (sms.firstNonGsm !== undefined) m.firstNonGsm = sms.firstNonGsm;
    // Segment n+1 starts where limit n is passed.
    const at = (limit: number | undefined) =>
      limit !== undefined && sms.segments > limit ? sms.segmentStarts[limit - 1] : undefined;
    const hard = at(limits.hardLimit);
    const soft =
      limits.softLimit !== undefined && sms.segments > limits.softLimit
        ? (sms.segmentStarts[limits.softLimit - 1] ?? 0)
        : undefined;
    if (hard !== undefined) m.hardLimitAt = hard;
    if (soft !== undefined) m.softLimitAt = soft;
    return m;
  }
  const thresholds: Array<[keyof CopyLengthMeasurement, number | undefined]> = [
    ['hardLimitAt', limits.hardLimit],
    ['softLimitAt', limits.softLimit],
    ['truncatedAt', limits.truncateAt],
  ];
  let value = 0;
  const record = (offset: number) => {
    for (const [key, limit] of thresholds) {
      if (limit !== undefined && value > limit && m[key] === undefined)
        (m as unknown as Record<string, number>)[key] = offset;
    }
  };
  if (placement.unit === 'bytes') {
    for (let i = 0; i < text.length; ) {
      const code = text.charCodeAt(i);
      const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const step = pair ? 2 : 1;
      if (!isUncountedSearchTermChar(code)) {
        value += countCopyUtf8Bytes(text.slice(i, i + step));
        record(i);
      }
      i += step;
    }
  } else {
    const wide = placement.wideCountsDouble === true;
    forEachGrapheme(text, (start) => {
      value += wide && isWideCodePoint(text.codePointAt(start) ?? 0) ? 2 : 1;
      record(start);
      return undefined;
    });
    if (wide) m.wideCountsDouble = true;
  }
  m.value = value;
  return m;
}
