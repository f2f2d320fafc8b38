/** links/value-case: values are lowercase when the policy says so (macros excepted). */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { encodeCampaignValue } from '../encode.js';
import { conventionalCampaignText } from '../normalize.js';
import { fieldNoun, hasUrl, LINKS_CATEGORY, literalText, pairFinding, rewriteLiterals, valueRange } from './shared.js';

export const linksValueCaseRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/value-case',
  category: LINKS_CATEGORY,
  severity: 'warning',
  applies: (ctx) => hasUrl(ctx) && ctx.policy.case === 'lower',
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const p of ctx.campaignPairs) {
      const literal = literalText(p.value);
      if (literal === literal.toLowerCase()) continue;
      const fixed = rewriteLiterals(p.value, (text) => conventionalCampaignText(text, ctx.policy, 'case'));
      out.push(
        pairFinding(
          p,
          `${p.key} "${p.value}" has upper case: GA4 treats "${p.value}" and "${fixed}" as different ${fieldNoun(p.field)}, and the policy's lowercase convention writes "${fixed}".`,
          { fix: { kind: 'replace', range: valueRange(p), text: encodeCampaignValue(fixed) } },
        ),
      );
    }
    return out;
  },
});
