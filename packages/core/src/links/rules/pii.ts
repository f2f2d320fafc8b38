/** links/pii: no e-mail addresses or phone numbers in query values. */
import { detectPii } from '../../detect/pii.js';
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { CAMPAIGN_CLICK_ID_KEYS } from '../params.js';
import { hasUrl, LINKS_CATEGORY, valueRange } from './shared.js';

/** What kind of personal data a value holds, if any: the shared `detectPii`, so links, copy and briefs agree. */
export function campaignPiiKind(value: string): 'e-mail address' | 'phone number' | undefined {
  const [hit] = detectPii(value);
  if (!hit) return undefined;
  return hit.kind === 'email' ? 'e-mail address' : 'phone number';
}

export const linksPiiRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/pii',
  category: LINKS_CATEGORY,
  severity: 'error',
  applies: hasUrl,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const p of ctx.scanned?.pairs ?? []) {
      if (CAMPAIGN_CLICK_ID_KEYS.has(p.key)) continue;
      const kind = campaignPiiKind(p.value);
      if (!kind) continue;
      // The value itself is left out of the message: repeating it would spread the personal data further.
      out.push({
        field: p.key,
        range: valueRange(p),
        message: `${p.key} holds what looks like ${kind === 'phone number' ? 'a' : 'an'} ${kind}; remove it.`,
      });
    }
    return out;
  },
});
