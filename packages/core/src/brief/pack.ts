/** Brief rule pack and presets: every brief rule, documented, with `recommended` and `strict` configs. */
import type { Presets } from '../engine/config.js';
import { defineRulePack } from '../engine/rule.js';
import { type BriefContext, buildBriefContext } from './context.js';
import { deadlineRisk } from './rules/deadline-risk.js';
import { formatMismatch } from './rules/format-mismatch.js';
import { formatNotes } from './rules/format-notes.js';
import { genericAudience } from './rules/generic-audience.js';
import { invalidField } from './rules/invalid-field.js';
import { kpiStageMisfit } from './rules/kpi-stage-misfit.js';
import { missingKeyword } from './rules/missing-keyword.js';
import { placeholderText } from './rules/placeholder-text.js';
import { requiredFields } from './rules/required-fields.js';
import { stageMismatch } from './rules/stage-mismatch.js';
import { thinVisualDirection } from './rules/thin-visual-direction.js';
import { unknownId } from './rules/unknown-id.js';
import { unmeasurableGoal } from './rules/unmeasurable-goal.js';
import { unsubstantiatedClaim } from './rules/unsubstantiated-claim.js';

export const briefRules = [
  requiredFields,
  invalidField,
  unknownId,
  placeholderText,
  genericAudience,
  unmeasurableGoal,
  kpiStageMisfit,
  stageMismatch,
  missingKeyword,
  unsubstantiatedClaim,
  thinVisualDirection,
  deadlineRisk,
  formatMismatch,
  formatNotes,
] as const;

/** The date documented examples are judged against, so deadline examples never go stale. */
export const BRIEF_EXAMPLE_NOW = new Date('2026-03-02T09:00:00Z');

/** A brief context judged as of `BRIEF_EXAMPLE_NOW`: what documented examples and rule table tests run on. */
export const briefExampleContext = (input: unknown): BriefContext =>
  buildBriefContext(input, { now: BRIEF_EXAMPLE_NOW });

export const briefRulePack = defineRulePack<BriefContext>({
  id: 'brief',
  title: 'Creative briefs',
  description:
    'Run by `checkBrief(input)`. Examples are (partial) briefs; deadline examples are judged as of 2026-03-02. Each rule cites the seed article section or the reference note it encodes.',
  rules: briefRules,
  exampleContext: briefExampleContext,
});

/**
 * `recommended` is the default. `strict` is for gates: vagueness becomes an error and the thresholds rise
 * (12 concrete visual words, 7-word audiences, a 5-day review chain).
 */
export const briefPresets: Presets = {
  recommended: { rules: {} },
  strict: {
    rules: {
      'brief/generic-audience': { severity: 'error', options: { minWords: 7 } },
      'brief/thin-visual-direction': { severity: 'error', options: { minConcreteWords: 12 } },
      'brief/kpi-stage-misfit': 'error',
      'brief/missing-keyword': 'error',
      'brief/stage-mismatch': 'error',
      'brief/deadline-risk': { options: { reviewChainBusinessDays: 5 } },
    },
  },
};
