/** links/value-case: values are lowercase when the policy says so (macros excepted). */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { encodeCampaignValue } from '../encode.js';
import { splitCampaignMacros } from '../macros.js';
import { hasUrl, LINKS_CATEGORY, literalText, pairFinding, valueRange } from './shared.js';

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
