/** lintCopy: the entry point. Validates options and config, tokenizes once, runs every pack and returns a CopyReport. */
import { describeValue } from '../engine/errors.js';
import { categoryScores, type Finding, type Report } from '../engine/index.js';
import { compiledCopyConfig } from './compile-config.js';
import { COPY_CATEGORIES, type CopyCategory, type CopyConfig } from './config.js';
import { createCopyContext } from './context.js';
import type { CopyLengthMeasurement } from './measure.js';
import { copyLength } from './packs/length/shared.js';
import { getPlacement, type PlacementId, placements } from './placements.js';

export interface LintCopyOptions {
  placement?: PlacementId;
  /** A CopyConfig; anything else is reported in `configFindings` and the rest still runs. */
  config?: CopyConfig | unknown;
  /** BCP 47 tag; readability formulas run for English only, and Sponsored Brands headlines are 35 in Japan. */
  locale?: string;
}

export interface CopyReport extends Report {
  placement: PlacementId;
  locale: string;
  length: CopyLengthMeasurement;
  /** Problems in options or config, each naming the key; never mixed into `findings`. */
  configFindings: Finding[];
  /** 100 minus the points lost per category. */
  categoryScores: Record<CopyCategory, number>;
  words: number;
  /** Rules that threw (engine `internal-error`), kept out of `findings` so every finding there has a copy category and a range. */
  internalErrors: Finding[];
}

function optionFinding(field: string, message: string): Finding {
  return { ruleId: 'config/invalid', category: 'config', severity: 'error', field, message };
}

/**
 * Lints `text` for a placement. Never throws: a number is linted as its string form and another non-string
 * as empty text (both reported in `configFindings` under `text`), an
 * unknown placement falls back to `generic`, bad config keys are reported, and a failing rule
 * becomes one `internal-error` finding.
 */
export function lintCopy(text: string, options: LintCopyOptions = {}): CopyReport {
  try {
    return lintCopyUnsafe(text, options);
  } catch (error) {
    // Last line of defence: the engine already isolates rules, so this only guards setup code.
    const message = error instanceof Error ? error.message : String(error);
    return {
      score: 100,
      findings: [],
      counts: { error: 0, warning: 0, info: 0 },
      penalties: [],
      rulesRun: 0,
      placement: 'generic',
      locale: 'en',
      length: { unit: 'chars', value: typeof text === 'string' ? text.length : 0 },
      configFindings: [],
      categoryScores: Object.fromEntries(COPY_CATEGORIES.map((c) => [c, 100])) as Record<CopyCategory, number>,
      words: 0,
      internalErrors: [
        { ruleId: 'internal-error', category: 'internal', severity: 'warning', message: `lintCopy failed: ${message}` },
      ],
    };
  }
}

/** The text to lint: a string as is; numbers and other values by their string form, reported; null as empty. */
function textOf(text: unknown, configFindings: Finding[]): string {
  if (typeof text === 'string') return text;
  if (text === undefined || text === null) return '';
  let asString = '';
  try {
    asString = typeof text === 'object' || typeof text === 'function' ? '' : String(text);
  } catch {
    // A value whose string conversion throws (a symbol in some engines) is linted as empty text.
  }
  configFindings.push(
    optionFinding('text', `Text must be a string; got ${describeValue(text)}. Linted as "${asString.slice(0, 40)}".`),
  );
  return asString;
}

function lintCopyUnsafe(text: string, options: LintCopyOptions): CopyReport {
  const configFindings: Finding[] = [];
  const safeText = textOf(text, configFindings);
  const opts = (options && typeof options === 'object' ? options : {}) as LintCopyOptions;
  if (options !== undefined && options !== null && typeof options !== 'object') {
    configFindings.push(optionFinding('options', `Options must be an object; got ${describeValue(options)}. Ignored.`));
  }
  let placement = placements.generic;
  if (opts.placement !== undefined) {
    const p = getPlacement(opts.placement);
    if (p) placement = p;
    else
      configFindings.push(
        optionFinding('placement', `Unknown placement "${String(opts.placement)}"; linted as "generic".`),
      );
  }
  let locale = 'en';
  if (opts.locale !== undefined) {
    if (typeof opts.locale === 'string' && opts.locale.length > 0 && opts.locale.length <= 35) locale = opts.locale;
    else configFindings.push(optionFinding('locale', `Locale must be a BCP 47 string such as "en-US"; using "en".`));
  }
  const compiled = compiledCopyConfig(opts.config);
  configFindings.push(...compiled.findings);
  const ctx = createCopyContext(safeText, { placement, locale, config: compiled.config });
  const raw = compiled.run(ctx);
  const internalErrors = raw.findings.filter((f) => f.range === undefined);
  const report =
    internalErrors.length === 0 ? raw : { ...raw, findings: raw.findings.filter((f) => f.range !== undefined) };
  return {
    ...report,
    internalErrors,
    placement: placement.id,
    locale,
    length: copyLength(ctx),
    configFindings,
    categoryScores: categoryScores(report.penalties, report.findings, COPY_CATEGORIES) as Record<CopyCategory, number>,
    words: ctx.tokens.length,
  };
}
