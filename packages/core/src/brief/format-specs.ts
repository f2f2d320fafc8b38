/** readBriefFormat: a brief format as written (marketer spec keys, "30s" durations, no kind) in revloop names. */
import type { z } from 'zod';
import type { Evidence, Fix } from '../engine/finding.js';
import type { ContentTypeDefinition } from '../funnel/content-types.js';
import type { BriefFieldIssue } from './context.js';
import { defaultFormatKind } from './format-kind.js';
import { BriefFormatSchema } from './schema.js';
import { parseDurationSec, parseSpecCount } from './spec-values.js';
import { clip } from './text.js';

export type FormatSpecKey = keyof z.infer<typeof BriefFormatSchema>;

/** The format keys revloop reads, in schema order. */
export const FORMAT_SPEC_KEYS = Object.keys(BriefFormatSchema.shape) as readonly FormatSpecKey[];

/**
 * Other spellings of the spec keys. Keys are matched after lower-casing and dropping spaces, `_`, `-` and `.`, so
 * `word_count`, `Word Count` and `wordCount` are one entry, and every revloop key matches itself the same way.
 */
export const FORMAT_SPEC_ALIASES: Readonly<Record<string, FormatSpecKey>> = {
  type: 'kind',
  format: 'kind',
  aspect: 'aspectRatio',
  ratio: 'aspectRatio',
  duration: 'durationSec',
  durationseconds: 'durationSec',
  runtime: 'durationSec',
  placement: 'placements',
  size: 'dimensions',
  language: 'languages',
  locale: 'languages',
  locales: 'languages',
  words: 'wordCount',
  images: 'imageCount',
  pages: 'pageCount',
};

/** A nested `format.specs: { … }` is read as if its keys sat on the format (one level, nothing deeper). */
const SPECS_KEY = 'specs';

/** Unknown keys beyond this are summed up in one last note, so a hostile brief cannot flood the report. */
export const MAX_UNKNOWN_SPEC_NOTES = 20;

const COUNT_KEYS: ReadonlySet<FormatSpecKey> = new Set(['count', 'wordCount', 'imageCount', 'pageCount']);
const LIST_KEYS: ReadonlySet<FormatSpecKey> = new Set(['placements', 'languages']);

const BY_NORMALIZED_KEY: ReadonlyMap<string, FormatSpecKey> = new Map([
  ...FORMAT_SPEC_KEYS.map((k) => [k.toLowerCase(), k] as const),
  ...Object.entries(FORMAT_SPEC_ALIASES),
]);

/** The revloop key `written` stands for, or undefined. Linear: one pass of a single-class replace. */
export function formatSpecKeyOf(written: string): FormatSpecKey | undefined {
  return BY_NORMALIZED_KEY.get(written.toLowerCase().replace(/[\s_.-]+/g, ''));
}

/** Something `readBriefFormat` read differently from how it was written; `brief/format-notes` reports each as info. */
export interface BriefFormatNote {
  /** `kind-inferred`: no kind, taken from the content type; `unknown-spec`: a key revloop does not read;
   * `repeated-spec`: a second spelling of a key already given (the first is used). */
  reason: 'kind-inferred' | 'unknown-spec' | 'repeated-spec';
  /** The key path as written: `format.kind`, `format.colourway`, `format.specs.duration`. */
  field: string;
  message: string;
  evidence?: Evidence;
  fix?: Fix;
}

export interface BriefFormatReading {
  /** The format under revloop's keys with readable values converted, still to be validated by `BriefFormatSchema`. */
  format: Record<string, unknown>;
  /** Where each key was read from, as written (`durationSec` → `format.duration`), so issues name the user's key. */
  paths: Partial<Record<FormatSpecKey, string>>;
  notes: BriefFormatNote[];
  /** Values that cannot be read (a duration of "soon"): reported by `brief/invalid-field` like any wrong type. */
  issues: BriefFieldIssue[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const shown = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(clip(v, 40)) : String(v));

type Entry = { path: string; written: string; key: FormatSpecKey | undefined; value: unknown };

/** Converts one value to what the schema expects, or returns the issue that explains why it cannot be read. */
function convert(key: FormatSpecKey, path: string, value: unknown): { value: unknown } | { issue: BriefFieldIssue } {
  if (typeof value !== 'string') return { value };
  if (key === 'durationSec') {
    const seconds = parseDurationSec(value);
    if (seconds !== undefined) return { value: seconds };
    return {
      issue: {
        field: path,
        message: `"${path}" must be a duration in seconds (30, "30s", "0:30" or "2 min"); got ${shown(value)}.`,
      },
    };
  }
  if (COUNT_KEYS.has(key)) {
    const n = parseSpecCount(value);
    if (n !== undefined) return { value: n };
    return { issue: { field: path, message: `"${path}" must be a whole number such as 1200; got ${shown(value)}.` } };
  }
  if (LIST_KEYS.has(key)) {
    // "meta.feed" or "en-GB, de-DE": a list written as one string.
    return {
      value: value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    };
  }
  return { value };
}

function kindNote(type: ContentTypeDefinition, kind: string, byDuration: boolean): BriefFormatNote {
  const why = byDuration ? 'first video format (the brief gives a duration)' : 'default format';
  const others = type.formats.filter((f) => f !== kind);
  return {
    reason: 'kind-inferred',
    field: 'format.kind',
    message: `"format.kind" is not given, so it is read as "${kind}", the ${why} of content type "${type.id}"; set format.kind ${others.length > 0 ? `if the asset is ${others.join(' or ')}` : 'to make it explicit'}.`,
    evidence: { text: kind, limit: type.formats.join(', ') },
    fix: { kind: 'suggest', text: kind },
  };
}

/**
 * Reads a brief's `format` object: marketers' spellings (`wordCount`, `images`, `pages`, `duration`, `word_count`…)
 * become revloop's keys, durations such as "30s", "0:30" or "2 min" become seconds, counts such as "1,200" become
 * numbers, a nested `specs` object is flattened, and a missing `kind` is inferred from `type` (its default format).
 * Keys it does not know become `unknown-spec` notes naming their path. Never throws; linear in the number of keys.
 */
export function readBriefFormat(raw: Record<string, unknown>, type?: ContentTypeDefinition): BriefFormatReading {
  const entries: Entry[] = [];
  const entry = (path: string, written: string, value: unknown): Entry => ({
    path,
    written,
    key: formatSpecKeyOf(written),
    value,
  });
  for (const written of Object.keys(raw)) {
    const value = raw[written];
    if (written.toLowerCase() === SPECS_KEY && isRecord(value)) {
      for (const inner of Object.keys(value)) entries.push(entry(`format.${written}.${inner}`, inner, value[inner]));
    } else entries.push(entry(`format.${written}`, written, value));
  }

  const format: Record<string, unknown> = {};
  const paths: Partial<Record<FormatSpecKey, string>> = {};
  const notes: BriefFormatNote[] = [];
  const issues: BriefFieldIssue[] = [];
  // A key spelt exactly as revloop spells it, on the format itself, wins over other spellings of it.
  const exact = (e: Entry) => e.key !== undefined && e.written === e.key && e.path === `format.${e.key}`;
  const ordered = [...entries.filter(exact), ...entries.filter((e) => !exact(e))];
  for (const e of ordered) {
    if (e.key === undefined || isBlank(e.value)) continue;
    const first = paths[e.key];
    if (first !== undefined) {
      notes.push({
        reason: 'repeated-spec',
        field: e.path,
        message: `"${e.path}" is another spelling of "${first}", which is given too and is used; remove one.`,
        evidence: { text: e.written },
      });
      continue;
    }
    paths[e.key] = e.path;
    const converted = convert(e.key, e.path, e.value);
    if ('issue' in converted) issues.push(converted.issue);
    else format[e.key] = converted.value;
  }

  const unknown = entries.filter((e) => e.key === undefined);
  for (const e of unknown.slice(0, MAX_UNKNOWN_SPEC_NOTES)) {
    notes.push({
      reason: 'unknown-spec',
      field: e.path,
      message: `"${e.path}" is not a format spec revloop reads, so it is ignored; the specs are ${FORMAT_SPEC_KEYS.join(', ')} (free text goes in notes).`,
      evidence: { text: e.written },
    });
  }
  if (unknown.length > MAX_UNKNOWN_SPEC_NOTES) {
    notes.push({
      reason: 'unknown-spec',
      field: 'format',
      message: `…and ${unknown.length - MAX_UNKNOWN_SPEC_NOTES} more format keys revloop does not read, also ignored.`,
      evidence: { value: unknown.length - MAX_UNKNOWN_SPEC_NOTES },
    });
  }

  if (format.kind === undefined && paths.kind === undefined && type) {
    const hasDuration = typeof format.durationSec === 'number';
    const kind = defaultFormatKind(type, { hasDuration });
    if (kind !== undefined) {
      format.kind = kind;
      notes.unshift(kindNote(type, kind, hasDuration && kind !== type.formats[0]));
    }
  }
  return { format, paths, notes, issues };
}
