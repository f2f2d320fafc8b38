/** Custom rules: CopyConfig.customRules specs turned into engine rules by the same factories the built-in packs use. */
import type { AnyRule, RuleMeta } from '../engine/index.js';
import type { CopyCustomRule } from './config.js';
import type { CopyContext } from './context.js';
import { copyCapitalizationRule } from './rule-kinds/capitalization.js';
import { copyExistenceRule } from './rule-kinds/existence.js';
import { copyOccurrenceRule } from './rule-kinds/occurrence.js';
import { copyReadabilityRule } from './rule-kinds/readability.js';
import { copyRepetitionRule } from './rule-kinds/repetition.js';
import { copyRequiredRule } from './rule-kinds/required.js';
import { copySubstitutionRule } from './rule-kinds/substitution.js';

function customMeta(spec: CopyCustomRule): RuleMeta {
  return {
    summary: spec.message ?? `Custom ${spec.kind} rule "${spec.id}"`,
    rationale: 'Defined by the team in CopyConfig.customRules.',
    source: 'Team copy config',
    examples: { valid: [], invalid: [] },
  };
}

/** Builds one engine rule from a validated custom-rule spec; its id is `copy/custom/<id>`. */
export function buildCopyCustomRule(spec: CopyCustomRule): AnyRule<CopyContext> {
  const base = {
    id: `copy/custom/${spec.id}`,
    category: spec.category ?? ('brand-voice' as const),
    severity: spec.severity ?? ('warning' as const),
    meta: customMeta(spec),
    ...(spec.placements ? { placements: spec.placements } : {}),
  };
  switch (spec.kind) {
    case 'existence':
      return copyExistenceRule({
        ...base,
        tokens: spec.tokens,
        message: spec.message ?? '"{match}" is not allowed by the team\'s copy rules.',
        ...(spec.exceptions ? { exceptions: spec.exceptions } : {}),
        ...(spec.caseSensitive !== undefined ? { caseSensitive: spec.caseSensitive } : {}),
      });
    case 'substitution':
      return copySubstitutionRule({ ...base, swap: spec.swap, ...(spec.message ? { message: spec.message } : {}) });
    case 'occurrence':
      return copyOccurrenceRule({
        ...base,
        ...(spec.count ? { count: spec.count } : {}),
        ...(spec.tokens ? { tokens: spec.tokens } : {}),
        ...(spec.min !== undefined ? { min: spec.min } : {}),
        ...(spec.max !== undefined ? { max: spec.max } : {}),
        ...(spec.message ? { message: spec.message } : {}),
      });
    case 'repetition':
      return copyRepetitionRule({
        ...base,
        scope: 'text',
        max: spec.max,
        ...(spec.ignore ? { ignore: spec.ignore } : {}),
        ...(spec.message ? { message: spec.message } : {}),
      });
    case 'capitalization':
      return copyCapitalizationRule({
        ...base,
        ...(spec.terms ? { terms: spec.terms } : {}),
        ...(spec.noAllCaps !== undefined ? { noAllCaps: spec.noAllCaps } : {}),
        ...(spec.message ? { message: spec.message } : {}),
      });
    case 'required':
      return copyRequiredRule({ ...base, anyOf: spec.anyOf, ...(spec.message ? { message: spec.message } : {}) });
    case 'readability':
      return copyReadabilityRule({
        ...base,
        metric: spec.metric,
        ...(spec.max !== undefined ? { max: spec.max } : {}),
        ...(spec.min !== undefined ? { min: spec.min } : {}),
        ...(spec.message ? { message: spec.message } : {}),
      });
  }
}
