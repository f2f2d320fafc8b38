/** Docs for copy/formatting/html-markup (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyFormattingHtmlMarkupMeta: RuleMeta = {
  summary: 'HTML tags or entities left in plain-text fields (Amazon descriptions may use <br> only).',
  rationale: 'Plain-text fields show tags literally; Amazon bans HTML and JavaScript in detail pages except <br>.',
  source:
    'https://sellercentral.amazon.com/gp/help/external/200390640 (plain text in listings); https://www.godatafeed.com/disapproval/amazon-8102-bullet-format-issue (bullet format error 8102).',
  examples: {
    valid: [{ input: { text: 'Line one<br>Line two', placement: 'amazon.description' } }],
    invalid: [
      { input: { text: '<b>Waterproof</b> shell', placement: 'amazon.bullet' } },
      { input: 'Soft&nbsp;cotton' },
    ],
  },
};
