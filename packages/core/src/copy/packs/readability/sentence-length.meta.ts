/** Docs for copy/readability/sentence-length (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyReadabilitySentenceLengthMeta: RuleMeta = {
  summary: 'Sentences longer than 30 words in long-form copy (descriptions, bullets, primary text).',
  rationale: 'Shoppers scan; long sentences hide the benefit and are the main driver of low reading-ease scores.',
  source:
    'https://github.com/Yoast/wordpress-seo (yoastseo sentence-length assessment); https://vale.sh/docs/ (`occurrence` on sentence scope).',
  examples: {
    valid: [{ input: 'Brews a full pot in six minutes. The carafe keeps it hot for two hours.' }],
    invalid: [
      {
        input:
          'This coffee maker, which we designed over two years with baristas and home cooks who told us what they wanted, brews a full pot in six minutes and keeps it hot for two hours without burning it.',
      },
    ],
  },
};
