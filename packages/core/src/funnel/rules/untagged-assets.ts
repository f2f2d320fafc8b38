/** funnel/untagged-assets: assets the balance could not place (unknown content type, no usable stage). */
import { defineRule } from '../../engine/rule.js';
import type { PortfolioStats } from '../portfolio-stats.js';

export const untaggedAssets = defineRule<PortfolioStats>({
  id: 'funnel/untagged-assets',
  category: 'data',
  severity: 'warning',
  meta: {
    summary:
      'Reports assets left out of the balance because their content type is unknown or their stage is missing or invalid.',
    rationale:
      'A gap analysis is only as good as the tagging: untagged assets silently skew the stage shares, so they are counted and named.',
    source:
      'Seed article, "Map your existing asset inventory against these stages and identify the gaps". Sources: https://two-octobers.notion.site/The-Funnel-Stage-Terms-e34190165cee4f1382e815b483b4e328.',
    examples: {
      valid: [{ input: [{ contentType: 'blog-post' }, { contentType: 'video-ad', stage: 'discovery' }] }],
      invalid: [
        {
          input: [{ contentType: 'video-ad' }],
          note: 'video ads serve several stages, so the stage cannot be inferred',
        },
        { input: [{ contentType: 'podcast', stage: 'discovery' }], note: 'unknown content type' },
      ],
    },
  },
  check: (ctx) =>
    ctx.skipped === 0
      ? []
      : [
          {
            field: 'assets',
            message: `${ctx.skipped} asset(s) were left out (first at index ${ctx.skippedExamples.join(', ')}): give each a known contentType and, for multi-stage types, a stage.`,
            evidence: { value: ctx.skipped, unit: 'assets' },
          },
        ],
});
