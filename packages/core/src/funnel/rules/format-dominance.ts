/** funnel/format-dominance: one format makes up most of the portfolio. */
import { z } from 'zod';
import { defineRule } from '../../engine/rule.js';
import type { PortfolioStats } from '../portfolio-stats.js';

const Options = z.object({ maxShare: z.number().gt(0).max(1), minAssets: z.number().int().min(1) }).strict();

export const formatDominance = defineRule<PortfolioStats, z.infer<typeof Options>>({
  id: 'funnel/format-dominance',
  category: 'balance',
  severity: 'warning',
  meta: {
    summary: 'Flags a portfolio where one format (static images, typically) exceeds a share of all assets.',
    rationale:
      'Over-indexing on a single format, such as static images, ignores video and interactive content that often converts at a higher rate.',
    source:
      'Seed article, "types of ecommerce content" paragraph on over-indexing on static images. Sources: https://help.motionapp.com/en/articles/8991407-motion-metrics-for-meta-and-tiktok.',
    examples: {
      valid: [
        {
          input: [
            ...Array.from({ length: 5 }, () => ({ contentType: 'static-image-ad', stage: 'decision' })),
            ...Array.from({ length: 5 }, () => ({ contentType: 'video-ad', stage: 'decision' })),
          ],
          note: 'half static, half video: at the 50% limit, not over it',
        },
      ],
      invalid: [
        {
          input: [
            ...Array.from({ length: 9 }, () => ({ contentType: 'static-image-ad', stage: 'discovery' })),
            { contentType: 'video-ad', stage: 'discovery' },
          ],
          note: '90% static images',
        },
      ],
    },
  },
  optionsSchema: Options,
  defaultOptions: { maxShare: 0.5, minAssets: 10 },
  applies: (ctx) => ctx.formats.length > 0,
  check: (ctx, options) => {
    const top = ctx.formats[0];
    if (!top || ctx.total < options.minAssets || top.share <= options.maxShare) return [];
    const hint =
      top.format === 'static-image'
        ? ' Static images dominate; add video and interactive formats.'
        : ' Diversify formats.';
    return [
      {
        field: `formats.${top.format}`,
        message: `"${top.format}" is ${Math.round(top.share * 100)}% of ${ctx.total} assets, above the ${Math.round(options.maxShare * 100)}% limit.${hint}`,
        evidence: { text: top.format, value: top.share, limit: options.maxShare, unit: 'share' },
      },
    ];
  },
});
