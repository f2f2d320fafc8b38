/** Shared parts of the rule-kind factories: the spec every kind takes and helpers for placement and case. */
import type { Rule, RuleMeta, RuntimeRule, Severity } from '../../engine/index.js';
import type { CopyCategory } from '../config.js';
import type { CopyContext } from '../context.js';
import type { Placement, PlacementId } from '../placements.js';

/**
 * Rules stop collecting after this many findings per lint: linear work, bounded output. It sits above
 * `COPY_MAX_FINDINGS_PER_RULE`, so the report can count what it folds; past it the report says "at least".
 */
export const COPY_FINDINGS_CAP = 1000;

export interface CopyRuleSpec {
  /** Full rule id, `copy/<pack>/<name>` or `copy/custom/<name>`. */
  id: string;
  category: CopyCategory;
  severity: Severity;
  weight?: number;
  /**
   * Docs for a documented rule. Built-in rules leave it out and attach their `<rule>.meta.ts` with
   * `withRuleMeta`, so the runtime bundle carries no docs.
   */
  meta?: RuleMeta;
  /** Only run for these placements, or when this predicate says so. Default: every placement. */
  placements?: readonly PlacementId[] | ((placement: Placement) => boolean);
}

export function placementFilter(spec: CopyRuleSpec): ((ctx: CopyContext) => boolean) | undefined {
  const p = spec.placements;
  if (p === undefined) return undefined;
  if (typeof p === 'function') return (ctx) => p(ctx.placement);
  const set = new Set<string>(p);
  return (ctx) => set.has(ctx.placement.id);
}

/** The fields every rule kind copies from its spec: id, category, severity, weight, docs and placement filter. */
export function copyRuleBase(spec: CopyRuleSpec): Pick<
  RuntimeRule<CopyContext, undefined>,
  'id' | 'category' | 'severity' | 'weight' | 'applies'
> & {
  meta?: RuleMeta;
} {
  const applies = placementFilter(spec);
  return {
    id: spec.id,
    category: spec.category,
    severity: spec.severity,
    ...(spec.weight !== undefined ? { weight: spec.weight } : {}),
    ...(spec.meta ? { meta: spec.meta } : {}),
    ...(applies ? { applies } : {}),
  };
}

/** What a rule-kind factory returns: a documented `Rule` when the spec has `meta`, else a runtime rule. */
export type CopyKindRule<S extends CopyRuleSpec> = S extends { meta: RuleMeta }
  ? Rule<CopyContext, undefined>
  : RuntimeRule<CopyContext, undefined>;

/** Types a factory's rule by its spec: the docs are present exactly when the spec carried them. */
export function copyKindRule<S extends CopyRuleSpec>(
  rule: RuntimeRule<CopyContext, undefined> & { meta?: RuleMeta },
): CopyKindRule<S> {
  return rule as CopyKindRule<S>;
}

/** Fills `{match}` (and `{value}`, `{limit}`) in a message template. */
export function fillMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(match|value|limit|use)\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** Gives `replacement` the case pattern of `original`: "Utilize" → "Use", "UTILIZE" → "USE". */
export function matchCase(original: string, replacement: string): string {
  if (replacement.length === 0) return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = original.charAt(0);
  if (first !== first.toLowerCase() && first === first.toUpperCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

export function genericMeta(summary: string): RuleMeta {
  return {
    summary,
    rationale: 'Written by the team in CopyConfig.customRules, built by the same factories as the built-in packs.',
    source: 'Team copy config',
    examples: { valid: [], invalid: [] },
  };
}
