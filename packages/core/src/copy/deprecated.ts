/** Old copy export names, kept as aliases for one minor version after the verb-first renames (issue 9). */
import { splitCopySentences } from './context.js';
import { countCopyDisplayWidth, countCopySmsSegments, countCopyUtf8Bytes } from './count.js';
import { computeCopyFleschReadingEase, countCopySyllables } from './rule-kinds/readability.js';

/** @deprecated Renamed to `countCopyUtf8Bytes`, next to `countCopyGraphemes`; this alias goes in the next minor. */
export const copyUtf8Bytes: typeof countCopyUtf8Bytes = countCopyUtf8Bytes;

/** @deprecated Renamed to `countCopyDisplayWidth`; this alias goes in the next minor. */
export const copyDisplayWidth: typeof countCopyDisplayWidth = countCopyDisplayWidth;

/** @deprecated Renamed to `countCopySmsSegments`; this alias goes in the next minor. */
export const copySmsSegments: typeof countCopySmsSegments = countCopySmsSegments;

/** @deprecated Renamed to `splitCopySentences` (functions start with a verb); this alias goes in the next minor. */
export const copySentences: typeof splitCopySentences = splitCopySentences;

/** @deprecated Renamed to `countCopySyllables`; this alias goes in the next minor. */
export const copySyllables: typeof countCopySyllables = countCopySyllables;

/** @deprecated Renamed to `computeCopyFleschReadingEase`; this alias goes in the next minor. */
export const copyFleschReadingEase: typeof computeCopyFleschReadingEase = computeCopyFleschReadingEase;
