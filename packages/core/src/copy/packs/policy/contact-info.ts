/** copy/policy/contact-info: URLs, e-mail addresses and phone numbers in marketplace listing copy. */

import { detectPii } from '../../../detect/pii.js';
import { defineRuntimeRule, type RuleFinding } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { COPY_PATTERNS, insideAny, scanCopy } from '../../scanners.js';

export const copyPolicyContactInfoRule = defineRuntimeRule<CopyContext>({
  id: 'copy/policy/contact-info',
  category: 'policy',
  severity: 'error',
  applies: (ctx) => ctx.placement.marketplace,
  check(ctx) {
    const out: RuleFinding[] = [];
    // E-mails and phones come from the shared PII detector, so links and briefs agree on what they are.
    const pii = detectPii(ctx.text);
    const emails = pii.filter((h) => h.kind === 'email').map((h) => ({ start: h.range[0], end: h.range[1] }));
    for (const hit of pii) {
      const label = hit.kind === 'email' ? 'E-mail address' : 'Phone number';
      out.push({
        message: `${label} "${hit.text}" is not allowed in listing copy.`,
        range: [hit.range[0], hit.range[1]],
        evidence: { text: hit.text },
      });
    }
    for (const s of scanCopy(ctx.text, COPY_PATTERNS.url)) {
      if (insideAny(s, emails)) continue;
      out.push({
        message: `URL "${s.text}" is not allowed in listing copy.`,
        range: [s.start, s.end],
        evidence: { text: s.text },
      });
    }
    return out.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  },
});
