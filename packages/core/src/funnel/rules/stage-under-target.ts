/** funnel/stage-under-target: a stage whose share of the portfolio is below its target mix. */
import { defineRule } from '../../engine/rule.js';
import type { PortfolioStats } from '../portfolio-stats.js';
import { FUNNEL_STAGE_LABELS } from '../stages.js';

const pct = (n: number) => `${Math.round(n * 100)}%`;

export const stageUnderTarget = defineRule<PortfolioStats>({
  id: 'funnel/stage-under-target',
  category: 'balance',
  severity: 'warning',
  meta: {
    summary: 'Flags each funnel stage whose share of the portfolio is below its target share.',
    rationale:
      'Mapping the inventory against the four stages and filling the gaps is the structural backbone of a portfolio; a starved stage loses the buyers who are in it.',
    source:
      'Seed article, "Balance your content portfolio across the funnel". Sources: https://two-octobers.notion.site/The-Funnel-Stage-Terms-e34190165cee4f1382e815b483b4e328.',
    examples: {
      valid: [
        {
          input: [
            { contentType: 'blog-post' },
            { contentType: 'blog-post' },
            { contentType: 'comparison-guide' },
            { contentType: 'comparison-guide' },
            { contentType: 'pdp' },
            { contentType: 'pdp' },
            { contentType: 'email-flow' },
          ],
          note: '2/2/2/1 is within 5 points of the 30/30/25/15 default mix',
        },
      ],
      invalid: [
        {
          input: [{ contentType: 'pdp' }, { contentType: 'pdp' }, { contentType: 'blog-post' }],
          note: 'no evaluation or post-purchase asset',
        },
      ],
    },
  },
  applies: (ctx) => ctx.total > 0,
  check: (ctx) =>
    ctx.underTarget.map((stage) => {
      const s = ctx.stages[stage];
      return {
        field: `stages.${stage}`,
        message: `${FUNNEL_STAGE_LABELS[stage]} is ${pct(s.share)} of the portfolio against a ${pct(s.target)} target; brief more ${stage} content.`,
        evidence: { value: s.share, limit: s.target, unit: 'share' },
      };
    }),
});
