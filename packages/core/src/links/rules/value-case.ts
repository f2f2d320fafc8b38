/** links/value-case: values are lowercase when the policy says so (macros excepted). */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { encodeCampaignValue } from '../encode.js';
import { splitCampaignMacros } from '../macros.js';
import { hasUrl, LINKS_CATEGORY, literalText, pairFinding, valueRange } from './shared.js';

export const linksValueCaseRule = defineRule<CampaignCheckContext>({
  id: 'links/value-case',
  category: LINKS_CATEGORY,
  severity: 'warning',
  meta: {
    summary: 'Campaign values are lowercase (macro tokens keep their case).',
    rationale:
      'GA4 stores values as received, so "Facebook" and "facebook" become two rows; macros are case-sensitive and must not be lowered.',
    source: 'utm-kpi.md §1.3 (GA4 case behaviour; SA360 "Macro names are case sensitive").',
    examples: {
      valid: [
        { input: 'https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring' },
        {
          input: 'https://shop.example.com/?utm_source=tiktok&utm_medium=paid_social&utm_campaign=__CAMPAIGN_NAME__',
          note: 'a macro keeps its case',
        },
        { input: { url: 'https://shop.example.com/?utm_source=Facebook', policy: { case: 'any' } } },
      ],
      invalid: [{ input: 'https://shop.example.com/?utm_source=Facebook&utm_medium=cpc&utm_campaign=spring' }],
    },
  },
  applies: (ctx) => hasUrl(ctx) && ctx.policy.case === 'lower',
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const p of ctx.campaignPairs) {
      const literal = literalText(p.value);
      if (literal === literal.toLowerCase()) continue;
      let fixed = '';
      for (const piece of splitCampaignMacros(p.value)) fixed += piece.macro ? piece.text : piece.text.toLowerCase();
      out.push(
        pairFinding(p, `${p.key} "${p.value}" has uppercase letters; write "${fixed}" so reports do not split.`, {
          fix: { kind: 'replace', range: valueRange(p), text: encodeCampaignValue(fixed) },
        }),
      );
    }
    return out;
  },
});
