/** Finding: the one result shape every revloop checker returns. */
import { z } from 'zod';
import { invalidInputError } from './errors.js';

/** How bad a finding is. `error` blocks a gate, `warning` should be fixed, `info` is advice. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** `[start, end)` in UTF-16 code units into a text input, so editors can underline it directly. */
export const TextRangeSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type TextRange = [start: number, end: number];

/** A safe replacement of `range` by `text`, or a suggestion a human must apply. */
export const FixSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('replace'), range: TextRangeSchema, text: z.string() }),
  z.object({ kind: z.literal('suggest'), text: z.string() }),
]);
export type Fix = { kind: 'replace'; range: TextRange; text: string } | { kind: 'suggest'; text: string };

/** What the rule matched or measured, against the limit it applied. */
export const EvidenceSchema = z.object({
  text: z.string().optional(),
  value: z.union([z.number(), z.string()]).optional(),
  limit: z.union([z.number(), z.string()]).optional(),
  unit: z.string().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FindingSchema = z.object({
  ruleId: z.string(),
  category: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  field: z.string().optional(),
  range: TextRangeSchema.optional(),
  target: z.string().optional(),
  fix: FixSchema.optional(),
  evidence: EvidenceSchema.optional(),
});

export interface Finding {
  ruleId: string;
  category: string;
  severity: Severity;
  /** One sentence that names the problem and what to do about it. */
  message: string;
  /** Dotted path into a structured input, such as `businessGoal.target`. */
  field?: string;
  /** `[start, end)` UTF-16 offsets into a text input. */
  range?: TextRange;
  /** Opaque locator (a CSS selector, an element key) a UI can use to highlight the spot. */
  target?: string;
  fix?: Fix;
  evidence?: Evidence;
}

/** What a rule's `check()` returns: the runner fills in `ruleId`, `category` and `severity`. */
export type RuleFinding = Omit<Finding, 'ruleId' | 'category' | 'severity'> & {
  /** A rule may grade its own findings (a single hit vs. a density breach); config overrides still win. */
  severity?: Severity;
};

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

// Code-unit order, not localeCompare: it is locale-independent (deterministic) and much cheaper on hot paths.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `value` is a severity name (own key, so `"constructor"` is not one). */
export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && Object.hasOwn(SEVERITY_ORDER, value);
}

/**
 * Why `value` cannot be sorted, counted or scored as a finding (the field and what it must be), or undefined when
 * it can. Shallow and cheap: it checks the fields those functions read, not the message or the evidence.
 */
function findingProblem(value: unknown, needsCategory: boolean): [field: string, expected: string] | undefined {
  if (typeof value !== 'object' || value === null) return ['', 'a Finding object'];
  const f = value as Record<string, unknown>;
  if (typeof f.ruleId !== 'string') return ['.ruleId', 'a string'];
  if (!isSeverity(f.severity)) return ['.severity', 'one of error, warning, info'];
  if (needsCategory && typeof f.category !== 'string') return ['.category', 'a string'];
  if (f.field != null && typeof f.field !== 'string') return ['.field', 'a string'];
  if (f.range != null && !(Array.isArray(f.range) && typeof f.range[0] === 'number')) {
    return ['.range', 'a [start, end] pair of numbers'];
  }
  return undefined;
}

/**
 * Throws `engine/invalid-input` unless `findings` is an array of findings, naming the first bad one
 * (`findings.3.severity`). The public sorting, counting and scoring functions call it at their entry.
 */
export function assertFindings(
  findings: unknown,
  param = 'findings',
  { needsCategory = false }: { needsCategory?: boolean } = {},
): asserts findings is readonly Finding[] {
  if (!Array.isArray(findings)) throw invalidInputError('engine', param, findings, 'an array of Findings');
  for (let i = 0; i < findings.length; i++) {
    const problem = findingProblem(findings[i], needsCategory);
    if (problem) {
      const value = problem[0] === '' ? findings[i] : (findings[i] as Record<string, unknown>)[problem[0].slice(1)];
      throw invalidInputError('engine', `${param}.${i}${problem[0]}`, value, problem[1]);
    }
  }
}

/** Sorts findings by severity, then position, then field, then rule id, without mutating the input. */
export function sortFindings<T extends Finding>(findings: readonly T[]): T[] {
  assertFindings(findings);
  return sortValidFindings(findings);
}

/** `sortFindings` without the input check, for findings the engine built itself (the runner's hot path). */
export function sortValidFindings<T extends Finding>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.range?.[0] ?? -1) - (b.range?.[0] ?? -1) ||
      compareText(a.field ?? '', b.field ?? '') ||
      compareText(a.ruleId, b.ruleId),
  );
}
