/** copy/policy/restricted-symbols: Symbols and emoji not allowed in Amazon bullets (™ ® € … † ‡ ¢ £ ¥ © ± ~) or Walmart copy (™ ½ @ ^ * hearts). */
import { defineRuntimeRule } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { COPY_PATTERNS, scanCopy } from '../../scanners.js';
import { charFindings } from './shared.js';
import { AMAZON_BULLET_BANNED, WALMART_COPY_BANNED } from './words.js';

export const copyPolicyRestrictedSymbolsRule = defineRuntimeRule<CopyContext>({
  id: 'copy/policy/restricted-symbols',
  category: 'policy',
  severity: 'error',
  applies: (ctx) =>
    ctx.placement.id === 'amazon.bullet' ||
    ['walmart.title', 'walmart.key-feature', 'walmart.description'].includes(ctx.placement.id),
  check(ctx) {
    const amazon = ctx.placement.platform === 'amazon';
    const banned = amazon ? AMAZON_BULLET_BANNED : WALMART_COPY_BANNED;
    const out = charFindings(
      ctx,
      (text, i) =>
        banned.includes(text.charAt(i)) && !(ctx.placement.id === 'walmart.title' && '*'.includes(text.charAt(i)))
          ? 'error'
          : false,
      (chars) => `"${chars}" is not allowed in ${ctx.placement.label}; remove it.`,
      false,
    );
    for (const s of scanCopy(ctx.text, COPY_PATTERNS.emoji)) {
      let end = s.end;
      // Take modifiers and joiners with the emoji so the range covers the whole symbol.
      while (
        end < ctx.text.length &&
        /[\u200d\ufe0f\u{1f3fb}-\u{1f3ff}]/u.test(String.fromCodePoint(ctx.text.codePointAt(end) ?? 0))
      ) {
        end += (ctx.text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
      }
      out.push({
        message: `Emoji are not allowed in ${ctx.placement.label}; remove "${ctx.text.slice(s.start, end)}".`,
        range: [s.start, end],
        evidence: { text: ctx.text.slice(s.start, end) },
      });
    }
    return out.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  },
});
