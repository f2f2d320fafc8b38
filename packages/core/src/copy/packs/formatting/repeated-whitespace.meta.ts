/** Docs for copy/formatting/repeated-whitespace (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyFormattingRepeatedWhitespaceMeta: RuleMeta = {
  summary: 'Two or more spaces or tabs inside a line (with a fix to one space).',
  rationale: 'Doubled spaces render as gaps in listings and ads and are a common paste artefact.',
  source:
    'https://support.google.com/manufacturers/answer/6124110 (Manufacturer Center editorial rules); https://support.google.com/adspolicy/answer/6021546 (Google Ads editorial: spacing).',
  examples: {
    valid: [{ input: 'Soft cotton tee, relaxed fit.' }],
    invalid: [{ input: 'Soft cotton  tee.' }],
  },
};
