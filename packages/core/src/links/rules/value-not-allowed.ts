/** links/value-not-allowed: values come from the policy's lists; aliases fold to the canonical value. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { encodeCampaignValue } from '../encode.js';
import { mayHoldCampaignMacro } from '../macros.js';
import { campaignAliasFor } from '../normalize.js';
import { fieldNoun, hasUrl, LINKS_CATEGORY, mediumTemplate, pairFinding, valueRange } from './shared.js';

export const linksValueNotAllowedRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/value-not-allowed',
  category: LINKS_CATEGORY,
  severity: 'error',
  applies: hasUrl,
  check(ctx) {
    const out: RuleFinding[] = [];
    const template = mediumTemplate(ctx);
    for (const p of ctx.campaignPairs) {
      if (!p.field || p.value === '') continue;
      const alias = campaignAliasFor(ctx.policy, p.field, p.value);
      if (alias !== undefined && alias !== p.value) {
        out.push(
          pairFinding(
            p,
            `${p.key} "${p.value}" is an alias of "${alias}": GA4 treats them as different ${fieldNoun(p.field)}, and the policy's convention writes "${alias}".`,
            {
              severity: 'warning',
              fix: { kind: 'replace', range: valueRange(p), text: encodeCampaignValue(alias) },
            },
          ),
        );
        continue;
      }
      // A macro is substituted by the platform, so its final value cannot be judged here.
      if (mayHoldCampaignMacro(p.value)) continue;
      const lists = [ctx.policy.allowed[p.field], template?.allowed[p.field]];
      for (const list of lists) {
        if (!list || list.length === 0 || list.includes(p.value)) continue;
        const shown = list.length > 8 ? `${list.slice(0, 8).join(', ')}, …` : list.join(', ');
        out.push(
          pairFinding(p, `${p.key} "${p.value}" is not an allowed value (${shown}).`, {
            evidence: { text: p.value, limit: list.join(',') },
          }),
        );
        break;
      }
    }
    return out;
  },
});
