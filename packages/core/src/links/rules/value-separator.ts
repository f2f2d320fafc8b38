/** links/value-separator: names use the policy's word separator, not the other one. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { encodeCampaignValue } from '../encode.js';
import { splitCampaignMacros } from '../macros.js';
import { CAMPAIGN_NAMING_FIELDS, wrongCampaignSeparator } from '../normalize.js';
import { hasUrl, LINKS_CATEGORY, literalText, pairFinding, valueRange } from './shared.js';

export const linksValueSeparatorRule = defineRule<CampaignCheckContext>({
  id: 'links/value-separator',
  category: LINKS_CATEGORY,
  severity: 'warning',
  meta: {
    summary: 'Campaign, content, term and id values use the policy separator (`_` by default).',
    rationale:
      '"spring-sale" and "spring_sale" are two campaigns in GA4. Source and medium are exempt: they must match GA4 spellings such as "social-network".',
    source: 'utm-kpi.md §3.2 (UTMStandard global separator; linkutm space replacement).',
    examples: {
      valid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale' }],
      invalid: [
        { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring-sale' },
        {
          input: {
            url: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale',
            policy: { separator: '-' },
          },
        },
      ],
    },
  },
  applies: hasUrl,
  check(ctx) {
    const out: RuleFinding[] = [];
    const wrong = wrongCampaignSeparator(ctx.policy);
    for (const p of ctx.campaignPairs) {
      if (!p.field || !CAMPAIGN_NAMING_FIELDS.has(p.field) || !literalText(p.value).includes(wrong)) continue;
      let fixed = '';
      for (const piece of splitCampaignMacros(p.value)) {
        fixed += piece.macro ? piece.text : piece.text.split(wrong).join(ctx.policy.separator);
      }
      out.push(
        pairFinding(p, `${p.key} "${p.value}" uses "${wrong}"; the policy separator is "${ctx.policy.separator}".`, {
          fix: { kind: 'replace', range: valueRange(p), text: encodeCampaignValue(fixed) },
        }),
      );
    }
    return out;
  },
});
