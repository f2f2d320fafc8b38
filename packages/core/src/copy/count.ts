/** Counting the way platforms count: grapheme clusters, UTF-8 bytes, East Asian width and SMS segments. */
import { requireCopyString } from './input.js';

type GraphemeSegmenter = { segment(text: string): Iterable<{ segment: string; index: number }> };

// One segmenter for the whole module: constructing Intl objects is far slower than using them.
const segmenter: GraphemeSegmenter | undefined = (() => {
  try {
    const Seg = (Intl as unknown as { Segmenter?: new (l?: string, o?: object) => GraphemeSegmenter }).Segmenter;
    return Seg ? new Seg(undefined, { granularity: 'grapheme' }) : undefined;
  } catch {
    return undefined;
  }
})();

/**
 * True when every UTF-16 unit is its own grapheme: no combining marks, surrogates, joiners or CRLF.
 * Below U+0300 nothing combines, so the common Latin case skips `Intl.Segmenter` entirely.
 */
function isSimple(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 || c === 13) return false;
  }
  return true;
}

const isComplex = (c: number) => c >= 0x300 || c === 13;

/** Code units handed to `Intl.Segmenter` at a time: its cost grows faster than linearly on long runs. */
const SEGMENT_CHUNK = 1024;

/**
 * Segments `[start, end)` in chunks. Each chunk's last cluster may be cut, so it is dropped and the
 * next chunk starts there (a real boundary, so context such as regional-indicator pairs is kept).
 * Returns false when `visit` asked to stop.
 */
function segmentRegion(
  seg: GraphemeSegmenter,
  text: string,
  start: number,
  end: number,
  visit: (start: number, end: number) => boolean | undefined,
): boolean {
  let s = start;
  while (s < end) {
    const stop = Math.min(end, s + SEGMENT_CHUNK);
    const idxs: number[] = [];
    for (const { index } of seg.segment(text.slice(s, stop))) idxs.push(index);
    const final = stop === end;
    // Emit every complete cluster; keep the last one for the next chunk unless this is the end.
    const emitCount = final ? idxs.length : idxs.length - 1;
    if (emitCount <= 0) {
      // One cluster longer than a chunk (e.g. thousands of combining marks): take the chunk whole.
      if (visit(s, stop) === false) return false;
      s = stop;
      continue;
    }
    for (let k = 0; k < emitCount; k++) {
      const a = s + (idxs[k] ?? 0);
      const b = k + 1 < idxs.length ? s + (idxs[k + 1] ?? 0) : stop;
      if (visit(a, b) === false) return false;
    }
    s = final ? end : s + (idxs[idxs.length - 1] ?? 0);
  }
  return true;
}

/**
 * Calls `visit(start, end)` for each grapheme cluster, in order. Runs of plain characters are one
 * grapheme per code unit; only the regions around other characters (with the base character before
 * them) go through `Intl.Segmenter`, so one em dash or curly quote does not slow down a long text.
 */
export function forEachGrapheme(text: string, visit: (start: number, end: number) => boolean | undefined): void {
  const n = text.length;
  if (isSimple(text)) {
    for (let i = 0; i < n; i++) if (visit(i, i + 1) === false) return;
    return;
  }
  if (!segmenter) {
    // Fallback without Intl.Segmenter: code points.
    for (let i = 0; i < n; ) {
      const step = isPairAt(text, i) ? 2 : 1;
      if (visit(i, i + step) === false) return;
      i += step;
    }
    return;
  }
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && !isComplex(text.charCodeAt(j))) j++;
    // The last plain character before a complex one may be the base of a combining mark.
    const regionStart = j < n && j > i ? j - 1 : j;
    for (let k = i; k < regionStart; k++) if (visit(k, k + 1) === false) return;
    if (j >= n) return;
    let e = j;
    while (e < n) {
      const prev = text.charCodeAt(e - 1);
      // A character after a zero-width joiner or CR can still join the cluster (ZWJ + ©, CR + LF).
      if (isComplex(text.charCodeAt(e)) || (e > j && (prev === 0x200d || prev === 13))) e++;
      else break;
    }
    if (!segmentRegion(segmenter, text, regionStart, e, visit)) return;
    i = e;
  }
}

function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** User-perceived characters (grapheme clusters): "👍🏽" and "é" (e + combining accent) each count 1. */
export function countCopyGraphemes(text: string): number {
  requireCopyString(text, 'text');
  if (isSimple(text)) return text.length;
  let n = 0;
  forEachGrapheme(text, () => {
    n += 1;
    return undefined;
  });
  return n;
}

/** UTF-8 bytes of one code point at `i` (a lone surrogate encodes as U+FFFD, 3 bytes). */
function utf8At(text: string, i: number): { bytes: number; step: number } {
  const c = text.charCodeAt(i);
  if (c < 0x80) return { bytes: 1, step: 1 };
  if (c < 0x800) return { bytes: 2, step: 1 };
  if (isPairAt(text, i)) return { bytes: 4, step: 2 };
  return { bytes: 3, step: 1 };
}

/** UTF-8 byte length, without TextEncoder so it runs anywhere. */
export function countCopyUtf8Bytes(text: string): number {
  requireCopyString(text, 'text');
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const { bytes, step } = utf8At(text, i);
    n += bytes;
    i += step;
  }
  return n;
}

/** Amazon search terms: bytes, except that spaces and ASCII punctuation are not counted (Seller Central G23501). */
export function isUncountedSearchTermChar(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    (code >= 33 && code <= 47) ||
    (code >= 58 && code <= 64) ||
    (code >= 91 && code <= 96) ||
    (code >= 123 && code <= 126)
  );
}

/** True for wide or fullwidth East Asian code points (CJK, Hangul, kana, fullwidth forms) and wide emoji. */
export function isWideCodePoint(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Display width in columns: each grapheme is 1, or 2 when its first code point is wide. */
export function countCopyDisplayWidth(text: string): number {
  requireCopyString(text, 'text');
  let n = 0;
  forEachGrapheme(text, (s) => {
    n += isWideCodePoint(text.codePointAt(s) ?? 0) ? 2 : 1;
    return undefined;
  });
  return n;
}

// GSM 03.38 basic set (one septet each) and the extension table (escape + char: two septets each).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';
const GSM_COST = new Map<number, number>();
for (const ch of GSM_BASIC) GSM_COST.set(ch.charCodeAt(0), 1);
for (const ch of GSM_EXTENDED) GSM_COST.set(ch.charCodeAt(0), 2);

export interface CopySmsInfo {
  encoding: 'GSM-7' | 'UCS-2';
  /** Septets (GSM-7, extended chars count 2) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
  /** Capacity of each segment at this length: 160/70 for one part, 153/67 when concatenated. */
  perSegment: number;
  /** Offset of the first character that forced UCS-2, if any. */
  firstNonGsm?: number;
  /** UTF-16 offset where each segment after the first starts. */
  segmentStarts: number[];
}

/** Detects GSM-7 vs UCS-2 and splits into segments without breaking an escape pair or a surrogate pair. */
export function countCopySmsSegments(text: string): CopySmsInfo {
  requireCopyString(text, 'text');
  let firstNonGsm: number | undefined;
  let septets = 0;
  for (let i = 0; i < text.length; i++) {
    const cost = GSM_COST.get(text.charCodeAt(i));
    if (cost === undefined) {
      firstNonGsm = i;
      break;
    }
    septets += cost;
  }
  const gsm = firstNonGsm === undefined;
  const single = gsm ? 160 : 70;
  const multi = gsm ? 153 : 67;
  const total = gsm ? septets : text.length;
  const base = { encoding: gsm ? ('GSM-7' as const) : ('UCS-2' as const), units: total };
  const extra = firstNonGsm === undefined ? {} : { firstNonGsm };
  if (total === 0) return { ...base, ...extra, segments: 0, perSegment: single, segmentStarts: [] };
  if (total <= single) return { ...base, ...extra, segments: 1, perSegment: single, segmentStarts: [] };
  const segmentStarts: number[] = [];
  let used = 0;
  let segments = 1;
  for (let i = 0; i < text.length; ) {
    const step = !gsm && isPairAt(text, i) ? 2 : 1;
    const cost = gsm ? (GSM_COST.get(text.charCodeAt(i)) ?? 1) : step;
    if (used + cost > multi) {
      segments += 1;
      segmentStarts.push(i);
      used = 0;
    }
    used += cost;
    i += step;
  }
  return { ...base, ...extra, segments, perSegment: multi, segmentStarts };
}
