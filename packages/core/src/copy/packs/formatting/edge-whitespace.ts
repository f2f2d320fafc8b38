/** copy/formatting/edge-whitespace: Whitespace at the start or end of the text (with a fix that trims it). */
import { defineRuntimeRule, type RuleFinding } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';

export const copyFormattingEdgeWhitespaceRule = defineRuntimeRule<CopyContext>({
  id: 'copy/formatting/edge-whitespace',
  category: 'formatting',
  severity: 'info',
  check(ctx) {
    const { text } = ctx;
    const out: RuleFinding[] = [];
    let s = 0;
    while (s < text.length && /\s/.test(text.charAt(s))) s++;
    if (s === text.length) return out;
    let e = text.length;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (s > 0)
      out.push({
        message: 'Remove the leading whitespace.',
        range: [0, s],
        fix: { kind: 'replace', range: [0, s], text: '' },
      });
    if (e < text.length)
      out.push({
        message: 'Remove the trailing whitespace.',
        range: [e, text.length],
        fix: { kind: 'replace', range: [e, text.length], text: '' },
      });
    return out;
  },
});
