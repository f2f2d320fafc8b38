/** links/value-separator: names use the policy's word separator, not the other one, and never mix the two. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { encodeCampaignValue } from '../encode.js';
import { CAMPAIGN_NAMING_FIELDS, conventionalCampaignText, wrongCampaignSeparator } from '../normalize.js';
import { hasUrl, LINKS_CATEGORY, literalText, pairFinding, rewriteLiterals, valueRange } from './shared.js';

export const linksValueSeparatorRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/value-separator',
  category: LINKS_CATEGORY,
  severity: 'warning',
  applies: hasUrl,
  check(ctx) {
    const out: RuleFinding[] = [];
    const own = ctx.policy.separator;
    const wrong = wrongCampaignSeparator(ctx.policy);
    for (const p of ctx.campaignPairs) {
      if (!p.field || !CAMPAIGN_NAMING_FIELDS.has(p.field)) continue;
      const literal = literalText(p.value);
      if (!literal.includes(wrong)) continue;
      const fixed = rewriteLiterals(p.value, (text) => conventionalCampaignText(text, ctx.policy, 'separator'));
      // A value with both separators is inconsistent whatever the team's convention; one with only the other
      // separator may be the team's own convention, which the policy can adopt instead.
      const message = literal.includes(own)
        ? `${p.key} "${p.value}" mixes "${wrong}" and "${own}", and the policy's convention writes "${fixed}".`
        : `${p.key} "${p.value}" uses "${wrong}" where the policy separator is "${own}": the convention writes "${fixed}" (if "${wrong}" is your team's, set policy.separator to "${wrong}").`;
      out.push(
        pairFinding(p, message, { fix: { kind: 'replace', range: valueRange(p), text: encodeCampaignValue(fixed) } }),
      );
    }
    return out;
  },
});
