/** links/value-separator: names use the policy's word separator, not the other one. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { encodeCampaignValue } from '../encode.js';
import { splitCampaignMacros } from '../macros.js';
import { CAMPAIGN_NAMING_FIELDS, wrongCampaignSeparator } from '../normalize.js';
import { hasUrl, LINKS_CATEGORY, literalText, pairFinding, valueRange } from './shared.js';

export const linksValueSeparatorRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/value-separator',
  category: LINKS_CATEGORY,
  severity: 'warning',
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
