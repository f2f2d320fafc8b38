/** Docs for links/fragment-before-query (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksFragmentBeforeQueryMeta: RuleMeta = {
  summary: 'No campaign parameter is written after the `#` (e.g. `/page#top?utm_source=…`).',
  rationale: 'Everything after `#` is the fragment: GA4 does not read campaign parameters there by default.',
  source:
    'https://github.com/googleanalytics/ga-dev-tools/issues/622 (fragment confusion); https://help.ads.microsoft.com/apex/index/3/en/60125 (msclkid goes before any #fragment).',
  examples: {
    valid: [{ input: 'https://shop.example.com/page?utm_source=google&utm_medium=cpc&utm_campaign=a#top' }],
    invalid: [{ input: 'https://shop.example.com/page#top?utm_source=google&utm_medium=cpc&utm_campaign=a' }],
  },
};
