/** copy/policy/tiktok-characters: Emoji, curly braces and "#" in TikTok ad text. */
import { defineRuntimeRule } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { COPY_PATTERNS, scanCopy } from '../../scanners.js';
import { charFindings } from './shared.js';

export const copyPolicyTiktokCharactersRule = defineRuntimeRule<CopyContext>({
  id: 'copy/policy/tiktok-characters',
  category: 'policy',
  severity: 'error',
  applies: (ctx) => ctx.placement.id === 'tiktok.ad-text',
  check(ctx) {
    const out = charFindings(
      ctx,
      (text, i) => ('{}#'.includes(text.charAt(i)) ? 'error' : false),
      (chars) => `"${chars}" is not allowed in TikTok ad text.`,
      false,
    );
    for (const s of scanCopy(ctx.text, COPY_PATTERNS.emoji))
      out.push({
        message: `Emoji "${s.text}" is not allowed in TikTok ad text.`,
        range: [s.start, s.end],
        evidence: { text: s.text },
      });
    return out.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  },
});
