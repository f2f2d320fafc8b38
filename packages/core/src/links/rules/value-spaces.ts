/** links/value-spaces: values carry no spaces (encoded or not); the policy's separator joins words. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { encodeCampaignValue } from '../encode.js';
import { splitCampaignMacros } from '../macros.js';
import { hasUrl, LINKS_CATEGORY, literalText, pairFinding, valueRange } from './shared.js';

const SPACE = /\s/;

export const linksValueSpacesRule = defineRule<CampaignCheckContext>({
  id: 'links/value-spaces',
  category: LINKS_CATEGORY,
  severity: 'warning',
  meta: {
    summary: 'Campaign values have no spaces (`%20`, `+` or raw).',
    rationale:
      'Spaces are encoded differently by each tool (`+` or `%20`) and get double-encoded by shorteners and ESPs (`%2520`), which splits reports.',
    source: 'utm-kpi.md §3.2–§3.3 (linkutm, UTMStandard: spaces replaced by a separator); utmguard double-encoding.',
    examples: {
      valid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale' }],
      invalid: [
        { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring%20sale' },
        { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring+sale' },
      ],
    },
  },
  applies: hasUrl,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const p of ctx.campaignPairs) {
      if (!SPACE.test(literalText(p.value))) continue;
      let fixed = '';
      for (const piece of splitCampaignMacros(p.value.trim())) {
        fixed += piece.macro ? piece.text : piece.text.replace(/\s+/g, ctx.policy.separator);
      }
      out.push(
        pairFinding(p, `${p.key} "${p.value}" contains spaces; use "${ctx.policy.separator}" between words.`, {
          fix: { kind: 'replace', range: valueRange(p), text: encodeCampaignValue(fixed) },
        }),
      );
    }
    return out;
  },
});
