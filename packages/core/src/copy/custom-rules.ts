/** Custom rules: CopyConfig.customRules specs turned into engine rules by the same factories the built-in packs use. */
import { invalidInputError } from '../engine/errors.js';
import type { AnyRule } from '../engine/index.js';
import { type CopyCustomRule, CopyCustomRuleSchema } from './config.js';
import type { CopyContext } from './context.js';
import { copyCapitalizationRule } from './rule-kinds/capitalization.js';
import { genericMeta } from './rule-kinds/common.js';
import { copyExistenceRule } from './rule-kinds/existence.js';
import { copyOccurrenceRule } from './rule-kinds/occurrence.js';
import { copyReadabilityRule } from './rule-kinds/readability.js';
import { copyRepetitionRule } from './rule-kinds/repetition.js';
import { copyRequiredRule } from './rule-kinds/required.js';
import { copySubstitutionRule } from './rule-kinds/substitution.js';

/** Builds one engine rule from a validated custom-rule spec; its id is `copy/custom/<id>`. */
export function buildCopyCustomRule(spec: CopyCustomRule): AnyRule<CopyContext> {
  // Specs from config were validated already; one from code is checked here so a typo is a typed error.
  const checked = CopyCustomRuleSchema.safeParse(spec);
  if (!checked.success) throw invalidInputError('copy', 'spec', spec, 'a CopyCustomRule (see CopyCustomRuleSchema)');
  const base = {
    id: `copy/custom/${spec.id}`,
    category: spec.category ?? ('brand-voice' as const),
    severity: spec.severity ?? ('warning' as const),
    // The same generic docs as any team rule, so a custom rule can be listed and documented in a UI.
    meta: genericMeta(spec.message ?? `Custom ${spec.kind} rule "${spec.id}"`),
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
