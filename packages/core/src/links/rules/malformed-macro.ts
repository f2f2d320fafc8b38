/** links/malformed-macro: macros are well formed, written verbatim, and known to the declared platform. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { findCampaignMacros, findMalformedCampaignMacros, isKnownCampaignMacro } from '../macros.js';
import { CAMPAIGN_CLICK_ID_KEYS } from '../params.js';
import { hasUrl, LINKS_CATEGORY, valueRange } from './shared.js';

export const linksMalformedMacroRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/malformed-macro',
  category: LINKS_CATEGORY,
  severity: 'error',
  applies: hasUrl,
  check(ctx) {
    const out: RuleFinding[] = [];
    const platform = ctx.policy.platform;
    for (const p of ctx.scanned?.pairs ?? []) {
      // Click ids are opaque tokens (`IwAR0T__Ab…`) that only look like macro syntax.
      if (CAMPAIGN_CLICK_ID_KEYS.has(p.key)) continue;
      const raw = p.rawValue ?? '';
      const tokens = findCampaignMacros(p.value);
      const encoded = tokens.find((t) => !raw.includes(t.text));
      if (encoded) {
        out.push({
          field: p.key,
          range: valueRange(p),
          message: `${p.key} has the macro ${encoded.text} percent-encoded; write it verbatim so the platform substitutes it.`,
          evidence: { text: encoded.text },
        });
        continue;
      }
      const broken = p.field ? findMalformedCampaignMacros(p.value)[0] : undefined;
      if (broken) {
        out.push({
          field: p.key,
          range: valueRange(p),
          message: `${p.key} "${p.value}" has a malformed macro (${broken.reason} at "${broken.text}").`,
          evidence: { text: broken.text },
        });
        continue;
      }
      if (!platform) continue;
      const unknown = tokens.find((t) => !isKnownCampaignMacro(t.text, platform));
      if (unknown) {
        out.push({
          field: p.key,
          range: valueRange(p),
          severity: 'warning',
          message: `${p.key} uses ${unknown.text}, which ${platform} does not substitute; pick one of its macros.`,
          evidence: { text: unknown.text, limit: platform },
        });
      }
    }
    return out;
  },
});
