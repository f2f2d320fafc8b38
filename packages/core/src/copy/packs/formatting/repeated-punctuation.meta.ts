/** Docs for copy/formatting/repeated-punctuation (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyFormattingRepeatedPunctuationMeta: RuleMeta = {
  summary: 'Doubled punctuation ("!!", ",,", "..") with a fix to a single mark ("...." becomes "...").',
  rationale: 'Repeated marks read as shouting or typos; marketplaces and ad platforms reject gimmicky punctuation.',
  source:
    'https://support.google.com/adspolicy/answer/6021546 (Google Ads editorial: punctuation); https://support.google.com/manufacturers/answer/6124110.',
  examples: {
    valid: [{ input: 'Wait for it... then pour.' }],
    invalid: [{ input: 'Ships today!!' }, { input: 'Soft,, light and warm' }],
  },
};
