/** Docs for copy/policy/tiktok-characters (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyPolicyTiktokCharactersMeta: RuleMeta = {
  summary: 'Emoji, curly braces and "#" in TikTok ad text.',
  rationale: 'TikTok rejects ad text with emoji, {} or #; hashtags belong in the organic caption.',
  source: 'https://ads.tiktok.com/help/article?aid=6701253237862825989 (TikTok image and in-feed ad specification).',
  examples: {
    valid: [{ input: { text: 'Cold brew in 12 hours. Shop the starter kit.', placement: 'tiktok.ad-text' } }],
    invalid: [{ input: { text: 'Cold brew season ☕ #coffeetok', placement: 'tiktok.ad-text' } }],
  },
};
