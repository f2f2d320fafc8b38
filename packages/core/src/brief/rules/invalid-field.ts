/** brief/invalid-field: values of the wrong type or shape, a non-object brief, and unknown keys. */

import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import type { BriefContext } from '../context.js';

/** Names people often use for brief fields, mapped to revloop's field names. */
const ALIASES: Record<string, string> = {
  targetaudience: 'audience',
  target: 'audience',
  persona: 'audience',
  keyword: 'primaryKeyword',
  keywords: 'primaryKeyword',
  message: 'keyMessage',
  keymessages: 'keyMessage',
  stage: 'funnelStage',
  funnel: 'funnelStage',
  goal: 'businessGoal',
  objective: 'businessGoal',
  kpi: 'businessGoal',
  claims: 'requiredClaims',
  visuals: 'visualDirection',
  visual: 'visualDirection',
  lookandfeel: 'visualDirection',
  type: 'contentType',
  duedate: 'deadline',
  due: 'deadline',
  specs: 'format',
  name: 'title',
};

export const invalidField = defineRule<BriefContext>({
  id: 'brief/invalid-field',
  category: 'completeness',
  severity: 'error',
  meta: {
    summary:
      'Reports a brief that is not an object, each value of the wrong type or shape (naming its field), and unknown top-level keys (as info, with the likely intended field).',
    rationale:
      'A brief feeds intake forms, tickets and other tools; a value of the wrong shape is lost on the way, and a misspelt key looks filled in to a person but is empty to every tool.',
    source:
      'revloop BriefSchema; BetterBriefs/IPA 2021 (reference note creative-ops.md §2b): agencies say 79% of briefs lack clarity. Sources: https://asana.com/resources/project-brief.md.',
    examples: {
      valid: [{ input: { title: 'Spring promo', funnelStage: 'decision', requiredClaims: [] } }],
      invalid: [
        { input: null, note: 'not an object' },
        { input: { funnelStage: 'awareness' }, note: 'not a stage id' },
        { input: { businessGoal: { metric: 'ctr', target: '3%' } }, note: 'target must be a number' },
        { input: { targetAudience: 'runners' }, note: 'unknown key; did you mean audience?' },
      ],
    },
  },
  check: (ctx) => {
    if (ctx.rootType !== undefined) {
      return [
        {
          field: '(root)',
          message: `A brief must be a JSON object of fields; got ${ctx.rootType}.`,
          evidence: { text: ctx.rootType },
        },
      ];
    }
    const out: RuleFinding[] = ctx.issues.map((i) => ({ field: i.field, message: i.message }));
    for (const key of ctx.unknownKeys) {
      const norm = key.toLowerCase().replace(/[^a-z]/g, '');
      const alias = Object.hasOwn(ALIASES, norm) ? ALIASES[norm] : undefined;
      out.push({
        field: key,
        severity: 'info',
        message: alias
          ? `"${key}" is not a brief field and is ignored; did you mean "${alias}"?`
          : `"${key}" is not a brief field and is ignored; put free text in "notes".`,
        ...(alias ? { fix: { kind: 'suggest' as const, text: alias } } : {}),
      });
    }
    return out;
  },
});
