/** Core check: lints a field's text with the core's `lintCopy`, for the placement mapped to the field, cached per field. */
import { type CopyConfig, lintCopy, type PlacementId, placements } from '@revloop/core/copy';
import { splitRuleOverrides } from '../settings/rule-ids.js';
import { placementForField } from './field-placement.js';
import type { CheckFinding, CheckResult, CheckText } from './types.js';

/** True for ids in the core's placement catalog. */
export const isKnownPlacement = (id: string): boolean => Object.hasOwn(placements, id);

export interface CoreCheckSettings {
  brand: unknown;
  ruleOverrides: Readonly<Record<string, string>>;
  editorPlacements: Readonly<Record<string, string>>;
}

/**
 * A `CheckText` over `lintCopy`. Copy rule overrides (`off` or a forced severity) merge into the config's `rules`,
 * so the score reflects them. One config object per settings, so the core compiles its rules once;
 * the last result per field key is memoised, so focus and re-renders never re-lint.
 */
export function createCoreCheck(settings: CoreCheckSettings): CheckText {
  const base = (settings.brand ?? {}) as CopyConfig;
  // Listing rule overrides are the listing audit's; lintCopy would only report them as unknown rules.
  const { copy: overrides } = splitRuleOverrides(settings.ruleOverrides);
  const config = { ...base, rules: { ...(base.rules ?? {}), ...overrides } } as CopyConfig;
  const last = new Map<string, { text: string; result: CheckResult }>();
  return (text, field) => {
    const placement = placementForField(field, settings.editorPlacements, isKnownPlacement);
    const key = `${field.key}|${placement ?? ''}`;
    const hit = last.get(key);
    if (hit?.text === text) return hit.result;
    const report = lintCopy(text, { config, ...(placement ? { placement: placement as PlacementId } : {}) });
    const findings: CheckFinding[] = report.findings.map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      message: f.message,
      ...(f.range ? { range: f.range } : {}),
      ...(f.fix ? { fix: f.fix } : {}),
    }));
    const result: CheckResult = { score: report.score, findings, placement: report.placement };
    last.set(key, { text, result });
    return result;
  };
}
