/** links/pii: no e-mail addresses or phone numbers in query values. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { CAMPAIGN_CLICK_ID_KEYS } from '../params.js';
import { hasUrl, LINKS_CATEGORY, valueRange } from './shared.js';

// Bounded repeats keep each attempt short; the `@` pre-check skips the regex for almost every value.
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+/;
// International (`+49 151 …`) or North American (`(555) 123-4567`) shapes; bare digit runs are ids, not phones.
const PHONE = /(?:^|[^\d])(?:\+\d[\d ().-]{6,18}\d|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4})(?!\d)/;

/** What kind of personal data a value holds, if any. */
export function campaignPiiKind(value: string): 'e-mail address' | 'phone number' | undefined {
  if (value.includes('@') && EMAIL.test(value)) return 'e-mail address';
  // A phone number has at least nine digits; most values have far fewer, so count before matching.
  let digits = 0;
  for (let i = 0; i < value.length && digits < 9; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < 9) return undefined;
  const phone = PHONE.exec(value);
  if (phone) {
    const digits = phone[0].replace(/\D/g, '').length;
    if (digits >= 9 && digits <= 15) return 'phone number';
  }
  return undefined;
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
