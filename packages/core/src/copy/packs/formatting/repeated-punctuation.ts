/** copy/formatting/repeated-punctuation: Doubled punctuation ("!!", ",,", "..") with a fix to a single mark ("...." becomes "..."). */
import { defineRuntimeRule, type RuleFinding } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { TITLE_BANNED } from './shared.js';

export const copyFormattingRepeatedPunctuationRule = defineRuntimeRule<CopyContext>({
  id: 'copy/formatting/repeated-punctuation',
  category: 'formatting',
  severity: 'warning',
  check(ctx) {
    const { text } = ctx;
    const title = ctx.placement.id === 'amazon.title' || ctx.placement.id === 'walmart.title';
    const out: RuleFinding[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // ! , . : ; ?
      if (code !== 33 && code !== 44 && code !== 46 && code !== 58 && code !== 59 && code !== 63) continue;
      if (text.charCodeAt(i + 1) !== code) continue;
      const ch = text.charAt(i);
      let end = i + 1;
      while (end < text.length && text.charAt(end) === ch) end++;
      const run = end - i;
      // The title-characters rule already removes these in titles; two fixes on one span would fight.
      if (run >= 2 && !(title && TITLE_BANNED.includes(ch)) && !(ch === '.' && run === 3)) {
        const replacement = ch === '.' && run > 3 ? '...' : ch;
        out.push({
          message: `Use a single "${replacement}".`,
          range: [i, end],
          evidence: { text: text.slice(i, end) },
          fix: { kind: 'replace', range: [i, end], text: replacement },
        });
      }
      i = end - 1;
    }
    return out;
  },
});
