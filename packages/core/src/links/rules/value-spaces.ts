/** links/value-spaces: values carry no spaces (encoded or not); the policy's separator joins words. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { encodeCampaignValue } from '../encode.js';
import { splitCampaignMacros } from '../macros.js';
import { hasUrl, LINKS_CATEGORY, literalText, pairFinding, valueRange } from './shared.js';

const SPACE = /\s/;

export const linksValueSpacesRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/value-spaces',
  category: LINKS_CATEGORY,
  severity: 'warning',
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
