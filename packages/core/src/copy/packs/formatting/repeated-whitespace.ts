/** copy/formatting/repeated-whitespace: Two or more spaces or tabs inside a line (with a fix to one space). */
import { defineRuntimeRule, type RuleFinding } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { COPY_TOKEN_ALPHA } from '../../tokenize.js';
import { isHSpace, isNewline } from './shared.js';

export const copyFormattingRepeatedWhitespaceRule = defineRuntimeRule<CopyContext>({
  id: 'copy/formatting/repeated-whitespace',
  category: 'formatting',
  severity: 'warning',
  check(ctx) {
    const { text, tokens } = ctx;
    const out: RuleFinding[] = [];
    let t = 0;
    for (let i = 0; i < text.length; i++) {
      if (!isHSpace(text.charCodeAt(i))) continue;
      let end = i + 1;
      while (end < text.length && isHSpace(text.charCodeAt(end))) end++;
      const run = end - i;
      const atEdge =
        i === 0 || end === text.length || isNewline(text.charCodeAt(i - 1)) || isNewline(text.charCodeAt(end));
      if (run >= 2 && !atEdge) {
        // Between two copies of the same word the doubled-word fix removes this gap, so leave it to that rule.
        while (t < tokens.length && (tokens.ends[t] ?? 0) <= i) t++;
        const doubled =
          t > 0 &&
          t < tokens.length &&
          tokens.ends[t - 1] === i &&
          tokens.starts[t] === end &&
          ((tokens.flags[t - 1] ?? 0) & COPY_TOKEN_ALPHA) !== 0 &&
          tokens.norms[t - 1] === tokens.norms[t];
        if (!doubled) {
          out.push({
            message: 'Use one space here.',
            range: [i, end],
            evidence: { value: run },
            fix: { kind: 'replace', range: [i, end], text: ' ' },
          });
        }
      }
      i = end - 1;
    }
    return out;
  },
});
