/** Brief context: validates an unknown input field by field into what the brief rules read. */
import { z } from 'zod';
import { invalidInputError } from '../engine/errors.js';
import { type FunnelCatalog, getContentType } from '../funnel/catalog.js';
import type { ContentTypeDefinition } from '../funnel/content-types.js';
import { catalogOption, optionsObject } from '../funnel/option-guards.js';
import { type BriefFormatNote, type BriefFormatReading, readBriefFormat } from './format-specs.js';
import {
  BRIEF_FIELD_SCHEMAS,
  BRIEF_FIELDS,
  type Brief,
  type BriefField,
  type BusinessGoal,
  REQUIRED_BRIEF_FIELDS,
} from './schema.js';

/** A brief as far as it validated: invalid or blank fields are left out (and reported). */
export type ParsedBrief = Partial<Omit<Brief, 'businessGoal'>> & { businessGoal?: Partial<BusinessGoal> };

export interface BriefFieldIssue {
  field: string;
  message: string;
}

export interface BriefContext {
  brief: ParsedBrief;
  /** Type and shape problems, one per bad value, with the dotted field path. */
  issues: BriefFieldIssue[];
  /** Top-level keys that are not brief fields. */
  unknownKeys: string[];
  /** Absent (or blank) required fields. */
  missing: string[];
  /** Set when the input is not an object at all: `null`, `string`, `array`… */
  rootType?: string;
  now: Date;
  catalog: FunnelCatalog;
  /** The catalog entry for `brief.contentType`, when it is known. */
  contentType?: ContentTypeDefinition;
  /**
   * How `format` was read where it differs from what was written: a `kind` inferred from the content type, spec
   * keys revloop does not read, a key given twice. `brief/format-notes` reports them as info that costs no points.
   */
  formatNotes: BriefFormatNote[];
}

export interface BriefContextOptions {
  now?: Date;
  catalog?: FunnelCatalog;
}

/** `typeof` that tells null and arrays apart, for messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const HINTS: Partial<Record<BriefField, string>> = {
  audience: 'a sentence, or { segment, need, context }',
  visualDirection: 'a paragraph, or { description, references, palette, mood }',
  format: '{ kind, aspectRatio?, durationSec?, placements?, wordCount?, imageCount?, pageCount? }',
  requiredClaims: 'an array of { text, substantiation? } ([] when none are needed)',
  businessGoal: '{ metric, target, baseline?, deadline?, description? }',
  funnelStage: 'one of discovery, evaluation, decision, post-purchase',
  deadline: 'an ISO date such as 2026-03-20',
  budget: 'a number, or { amount, currency }',
};

/** What was received, for messages: strings and numbers are quoted (clipped), the rest named by type. */
function received(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return describeType(value);
}

/** For a union, the branch that got furthest (deepest path) explains the problem best. */
function deepestIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  let best: z.core.$ZodIssue | undefined;
  for (const branch of issue.errors) {
    for (const inner of branch) if (!best || inner.path.length > best.path.length) best = inner;
  }
  if (!best || best.path.length === 0) return issue;
  return deepestIssue({ ...best, path: [...issue.path, ...best.path] });
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function issueMessage(field: BriefField, path: string, issue: z.core.$ZodIssue, value: unknown): string {
  const hint = issue.path.length === 0 ? HINTS[field] : undefined;
  const at = valueAt(value, issue.path);
  if (issue.code === 'invalid_type') {
    if (at === undefined) return `"${path}" is required.`;
    const expected = hint ?? `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
    return `"${path}" must be ${expected}; got ${received(at)}.`;
  }
  if (hint) return `"${path}" must be ${hint}; got ${received(at)}.`;
  if (issue.code === 'invalid_value') {
    return `"${path}" must be one of ${issue.values.map(String).join(', ')}; got ${received(at)}.`;
  }
  return `"${path}" is invalid (${issue.message.replace(/^Invalid input: /, '')}); got ${received(at)}.`;
}

/** The dotted path of an issue, naming a format key as the brief wrote it (`format.duration`, not `durationSec`). */
function issuePath(field: BriefField, path: readonly PropertyKey[], reading: BriefFormatReading | undefined): string {
  const segments = path.map(String);
  const first = segments[0];
  if (field === 'format' && reading && first !== undefined && Object.hasOwn(reading.paths, first)) {
    const written = reading.paths[first as keyof typeof reading.paths];
    if (written !== undefined) return [written, ...segments.slice(1)].join('.');
  }
  return [field, ...segments].join('.');
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const ALL_REQUIRED = [...REQUIRED_BRIEF_FIELDS];

/** Fast path: every field optional, unknown keys stripped. Most briefs pass it in one parse. */
const LENIENT_BRIEF = z.object(
  Object.fromEntries(BRIEF_FIELDS.map((f) => [f, BRIEF_FIELD_SCHEMAS[f].optional()])) as Record<string, z.ZodType>,
);
const KNOWN = new Set<string>(BRIEF_FIELDS);

/** A Date with a time (any realm's); `getTime` throws on objects that only pretend to be one. */
function isValidDate(value: unknown): value is Date {
  try {
    return !Number.isNaN(Date.prototype.getTime.call(value));
  } catch {
    return false;
  }
}

/**
 * Any input becomes a context (a non-object input has `rootType` and every field missing). Null options (or
 * fields) are the defaults; a `now` that is not a valid Date or a `catalog` that is not a catalog throws
 * `brief/invalid-input`, since the options come from code, not from the brief.
 */
export function buildBriefContext(input: unknown, options: BriefContextOptions = {}): BriefContext {
  const given = optionsObject<BriefContextOptions>('brief', options);
  if (given.now != null && !isValidDate(given.now)) {
    throw invalidInputError('brief', 'options.now', given.now, 'a valid Date');
  }
  const now = given.now ?? new Date();
  const catalog = catalogOption('brief', 'options.catalog', given.catalog);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      brief: {},
      issues: [],
      unknownKeys: [],
      missing: ALL_REQUIRED,
      rootType: describeType(input),
      now,
      catalog,
      formatNotes: [],
    };
  }
  const written = input as Record<string, unknown>;
  const contentType = getContentType(catalog, written.contentType);
  // The format is read first (spellings, "30s" durations, a kind from the content type), then validated as usual.
  let formatReading: BriefFormatReading | undefined;
  let raw = written;
  const format = written.format;
  if (Object.hasOwn(written, 'format') && typeof format === 'object' && format !== null && !Array.isArray(format)) {
    formatReading = readBriefFormat(format as Record<string, unknown>, contentType);
    raw = { ...written, format: formatReading.format };
  }
  const brief: Record<string, unknown> = {};
  const issues: BriefFieldIssue[] = [];
  const unknownKeys: string[] = [];
  const keys = Object.keys(raw);
  for (const key of keys) if (!KNOWN.has(key)) unknownKeys.push(key);
  const whole = LENIENT_BRIEF.safeParse(raw);
  for (const key of keys) {
    if (!KNOWN.has(key)) continue;
    const field = key as BriefField;
    const value = raw[key];
    if (isBlank(value)) continue;
    if (whole.success) {
      brief[field] = (whole.data as Record<string, unknown>)[field];
      continue;
    }
    // Slow path: validate field by field, so one bad field never hides the others.
    const parsed = BRIEF_FIELD_SCHEMAS[field].safeParse(value);
    if (parsed.success) {
      brief[field] = parsed.data;
      continue;
    }
    for (const rawIssue of parsed.error.issues) {
      const issue = deepestIssue(rawIssue);
      const path = issuePath(field, issue.path, formatReading);
      issues.push({ field: path, message: issueMessage(field, path, issue, value) });
    }
  }
  // Format values that could not be read at all ("soon" as a duration) were left out of the format above.
  if (formatReading) issues.push(...formatReading.issues);
  const missing: string[] = [];
  for (const field of REQUIRED_BRIEF_FIELDS) {
    if (field === 'primaryKeyword|keyMessage') {
      if (isBlank(raw.primaryKeyword) && isBlank(raw.keyMessage)) missing.push(field);
    } else if (!Object.hasOwn(raw, field) || isBlank(raw[field])) missing.push(field);
  }
  return {
    brief: brief as ParsedBrief,
    issues,
    unknownKeys,
    missing,
    now,
    catalog,
    ...(contentType ? { contentType } : {}),
    formatNotes: formatReading?.notes ?? [],
  };
}
