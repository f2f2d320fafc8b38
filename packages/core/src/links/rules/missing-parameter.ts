/** links/missing-parameter: source, medium, a campaign name or id, and what the medium's template requires. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import type { CampaignParamField } from '../params.js';
import { hasUrl, keyOf, LINKS_CATEGORY, mediumTemplate } from './shared.js';

// A value stranded after '#' counts as present here: links/fragment-before-query reports it instead.
const present = (ctx: CampaignCheckContext, field: CampaignParamField) =>
  ctx.campaignPairs.some((p) => p.field === field && p.value.trim() !== '');

export const linksMissingParameterRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/missing-parameter',
  category: LINKS_CATEGORY,
  severity: 'error',
  applies: hasUrl,
  check(ctx) {
    const out: RuleFinding[] = [];
    const template = mediumTemplate(ctx);
    const required = new Set([...ctx.policy.required, ...(template?.required ?? [])]);
    for (const field of required) {
      if (present(ctx, field)) continue;
      const key = keyOf(field);
      const why = ctx.policy.required.includes(field) ? '' : ` (required when utm_medium is "${ctx.params.medium}")`;
      out.push({
        field: key,
        message: `${key} is ${ctx.params[field] === undefined ? 'missing' : 'empty'}${why}; add it.`,
      });
    }
    for (const group of ctx.policy.requireOneOf) {
      if (group.some((f) => present(ctx, f)) || group.some((f) => required.has(f))) continue;
      const keys = group.map(keyOf);
      out.push({ field: keys[0], message: `Set ${keys.join(' or ')}; GA4 needs one of them to name the campaign.` });
    }
    return out;
  },
});
