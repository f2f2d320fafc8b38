/** Docs for copy/claims/made-in-usa (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyClaimsMadeInUsaMeta: RuleMeta = {
  summary: 'Unqualified "Made in USA" claims.',
  rationale:
    'An unqualified claim requires final assembly and all significant processing in the US and "all or virtually all" US components; otherwise qualify it.',
  source:
    'FTC Made in USA Labeling Rule, 16 CFR 323 (in force 13 Aug 2021). Sources: https://regulations.justia.com/regulations/fedreg/2021/07/14/2021-14610.html.',
  examples: {
    valid: [{ input: 'Made in the USA with domestic and imported components.' }, { input: 'Assembled in Ohio.' }],
    invalid: [{ input: 'Proudly made in the USA.' }],
  },
};
