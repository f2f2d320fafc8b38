/** funnel/bottom-heavy: decision content outnumbers discovery and evaluation together while they are under target. */
import { defineRule } from '../../engine/rule.js';
import type { PortfolioStats } from '../portfolio-stats.js';

export const bottomHeavy = defineRule<PortfolioStats>({
  id: 'funnel/bottom-heavy',
  category: 'balance',
  severity: 'warning',
  weight: 2,
  meta: {
    summary:
      'Flags a portfolio where decision-stage assets outnumber discovery and evaluation combined, and those two are under their combined target.',
    rationale:
      'Too many brands stack up bottom-funnel product content while ignoring the discovery and evaluation stages where future buyers make up their minds.',
    source:
      'Seed article, "Balance your content portfolio across the funnel". Sources: https://two-octobers.notion.site/The-Funnel-Stage-Terms-e34190165cee4f1382e815b483b4e328.',
    examples: {
      valid: [
        {
          input: [{ contentType: 'blog-post' }, { contentType: 'comparison-guide' }, { contentType: 'pdp' }],
          note: 'one decision asset against two upper-funnel ones',
        },
      ],
      invalid: [
        {
          input: [
            { contentType: 'pdp' },
            { contentType: 'bundle' },
            { contentType: 'promo-asset' },
            { contentType: 'blog-post' },
          ],
          note: '3 decision assets against 1 discovery asset',
        },
      ],
    },
  },
  applies: (ctx) => ctx.total > 0,
  check: (ctx) => {
    const { discovery, evaluation, decision } = ctx.stages;
    const upper = discovery.count + evaluation.count;
    const upperShare = discovery.share + evaluation.share;
    const upperTarget = discovery.target + evaluation.target;
    if (decision.count <= upper || upperShare >= upperTarget - ctx.tolerance) return [];
    return [
      {
        field: 'stages.decision',
        message: `Decision content (${decision.count}) outnumbers discovery + evaluation (${upper}), which make up ${Math.round(upperShare * 100)}% against a ${Math.round(upperTarget * 100)}% target; shift briefs to the upper funnel.`,
        evidence: { value: Math.round(upperShare * 10_000) / 10_000, limit: upperTarget, unit: 'upper-funnel share' },
      },
    ];
  },
});
