/** links/value-spaces: values carry no spaces (encoded or not); the policy's separator joins words. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { encodeCampaignValue } from '../encode.js';
import { conventionalCampaignText } from '../normalize.js';
import { hasUrl, LINKS_CATEGORY, literalText, pairFinding, rewriteLiterals, valueRange } from './shared.js';

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
      const fixed = rewriteLiterals(p.value.trim(), (text) => conventionalCampaignText(text, ctx.policy, 'spaces'));
      out.push(
        pairFinding(
          p,
          `${p.key} "${p.value}" has spaces, which tools encode differently (+, %20, %2520), and the policy's convention writes "${fixed}".`,
          { fix: { kind: 'replace', range: valueRange(p), text: encodeCampaignValue(fixed) } },
        ),
      );
    }
    return out;
  },
});
