/** copy/policy/title-characters: Characters marketplaces do not allow in titles (Amazon: ! $ ? _ { } ^ ¬ ¦; Walmart: ~ ! * $). */
import { defineRuntimeRule, type Severity } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { charFindings, contextualOk, TITLES } from './shared.js';
import { AMAZON_TITLE_BANNED, AMAZON_TITLE_CONTEXTUAL, AMAZON_TITLE_SYMBOLS, WALMART_TITLE_BANNED } from './words.js';

export const copyPolicyTitleCharactersRule = defineRuntimeRule<CopyContext>({
  id: 'copy/policy/title-characters',
  category: 'policy',
  severity: 'error',
  applies: (ctx) => TITLES.includes(ctx.placement.id),
  check(ctx) {
    const amazon = ctx.placement.id === 'amazon.title';
    const isBanned = (text: string, i: number): Severity | false => {
      const ch = text.charAt(i);
      if (amazon) {
        if (AMAZON_TITLE_BANNED.includes(ch)) return 'error';
        if (AMAZON_TITLE_CONTEXTUAL.includes(ch)) return contextualOk(text, i) ? false : 'error';
        if (AMAZON_TITLE_SYMBOLS.includes(ch)) return 'info';
        return false;
      }
      return WALMART_TITLE_BANNED.includes(ch) ? 'error' : false;
    };
    return charFindings(
      ctx,
      isBanned,
      (chars) => `"${chars}" is not allowed in ${ctx.placement.label}s; remove it.`,
      true,
    );
  },
});
