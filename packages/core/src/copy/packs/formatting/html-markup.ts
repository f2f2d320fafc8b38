/** copy/formatting/html-markup: HTML tags or entities left in plain-text fields (Amazon descriptions may use <br> only). */
import { defineRuntimeRule, type RuleFinding } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { COPY_PATTERNS, scanCopy } from '../../scanners.js';

export const copyFormattingHtmlMarkupRule = defineRuntimeRule<CopyContext>({
  id: 'copy/formatting/html-markup',
  category: 'formatting',
  severity: 'warning',
  check(ctx) {
    const out: RuleFinding[] = [];
    const brOk = ctx.placement.id === 'amazon.description';
    for (const s of scanCopy(ctx.text, COPY_PATTERNS.html)) {
      if (brOk && /^<br\s*\/?>$/i.test(s.text)) continue;
      out.push({
        message: `"${s.text}" is markup in a plain-text field; remove it.`,
        range: [s.start, s.end],
        evidence: { text: s.text },
        severity: ctx.placement.marketplace ? 'error' : 'warning',
      });
    }
    return out;
  },
});
