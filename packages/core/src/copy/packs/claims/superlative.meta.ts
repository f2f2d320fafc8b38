/** Docs for copy/claims/superlative (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyClaimsSuperlativeMeta: RuleMeta = {
  summary: 'Unsubstantiated superlatives ("best", "top-rated", "industry-leading") and "#1"-style rank claims.',
  rationale:
    'A market-wide superiority claim needs evidence covering products that make up most of the market; Amazon ads reject unsupported "best" and "top-selling".',
  source:
    'NAD substantiation practice; Amazon Ads creative policy (brand elements, SB moderation). Sources: http://www.lexology.com/library/detail.aspx?g=e574c086-55d2-44c6-8476-e63398f75865 ; https://advertising.amazon.com/resources/ad-policy/creative-acceptance/brand-elements.',
  examples: {
    valid: [
      { input: 'Works best with filtered water.', note: '"works best" describes use, not superiority.' },
      { input: 'Also available at Best Buy.', note: 'The retailer name is not a claim (see docs/copy-checks.md).' },
      {
        input: { text: 'The best-selling kettle in Canada', config: { substantiatedClaims: ['best-selling'] } },
        note: 'Substantiated claims on the allow-list pass.',
      },
    ],
    invalid: [{ input: 'The best blender you will ever own.' }, { input: 'Industry-leading battery life' }],
  },
};
