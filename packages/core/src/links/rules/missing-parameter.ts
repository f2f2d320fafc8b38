/** links/missing-parameter: source, medium, a campaign name or id, and what the medium's template requires. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import type { CampaignParamField } from '../params.js';
import { hasUrl, keyOf, LINKS_CATEGORY, mediumTemplate } from './shared.js';

// A value stranded after '#' counts as present here: links/fragment-before-query reports it instead.
const present = (ctx: CampaignCheckContext, field: CampaignParamField) =>
  ctx.campaignPairs.some((p) => p.field === field && p.value.trim() !== '');

export const linksMissingParameterRule = defineRule<CampaignCheckContext>({
  id: 'links/missing-parameter',
  category: LINKS_CATEGORY,
  severity: 'error',
  meta: {
    summary: 'Required campaign parameters are present and not empty.',
    rationale:
      'Without utm_source and utm_medium GA4 cannot assign a channel, and without a campaign name or id the revenue cannot be tied to the campaign.',
    source:
      'support.google.com/analytics/answer/10917952; GA4 builder: "One of campaign name or campaign id are required".',
    examples: {
      valid: [
        { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring' },
        { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_id=123', note: 'id instead of name' },
      ],
      invalid: [
        { input: 'https://shop.example.com/?utm_source=google&utm_campaign=spring', note: 'no medium' },
        { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc', note: 'no campaign or id' },
        {
          input: {
            url: 'https://shop.example.com/?utm_source=facebook&utm_medium=paid-social&utm_campaign=spring',
            policy: { templates: { 'paid-social': { required: ['content'] } } },
          },
          note: 'the paid-social template requires content',
        },
      ],
    },
  },
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
