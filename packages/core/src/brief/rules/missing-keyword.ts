/** brief/missing-keyword: a search-led content type or placement without a primary keyword. */
import { defineRule } from '../../engine/rule.js';
import type { BriefContext } from '../context.js';
import { lookupAdPlacement } from '../placements.js';

function searchLedBy(ctx: BriefContext): string | undefined {
  if (ctx.contentType?.searchLed) return `a ${ctx.contentType.label.toLowerCase()} is found through search`;
  for (const id of ctx.brief.format?.placements ?? []) {
    const p = lookupAdPlacement(id)?.placement;
    if (p?.searchLed) return `${p.label} is a search placement`;
  }
  return undefined;
}

export const missingKeyword = defineRule<BriefContext>({
  id: 'brief/missing-keyword',
  category: 'clarity',
  severity: 'warning',
  weight: 2,
  meta: {
    summary:
      'Flags a brief for a search-led content type (blog post, comparison guide, PDP) or search placement that has no primaryKeyword.',
    rationale:
      'Buyer-intent mapping starts from the search queries people use at each stage; an asset found through search that is not built around a query competes for nothing.',
    source:
      'Seed article, production step 1 "Buyer intent mapping" and step 2 "primary keyword or message"; creative-ops.md §6. Sources: http://searchengineland.com/how-to-use-the-keyword-funnel-to-understand-searcher-intent-121463.',
    examples: {
      valid: [
        { input: { contentType: 'blog-post', primaryKeyword: 'how to clean white sneakers' } },
        { input: { contentType: 'social-video', keyMessage: 'Clean sneakers in 60 seconds' }, note: 'not search-led' },
      ],
      invalid: [
        { input: { contentType: 'comparison-guide', keyMessage: 'Merino beats synthetics on odour' } },
        {
          input: {
            contentType: 'static-image-ad',
            keyMessage: 'Sale',
            format: { kind: 'static-image', placements: ['amazon.listing'] },
          },
          note: 'search placement',
        },
      ],
    },
  },
  applies: (ctx) => searchLedBy(ctx) !== undefined,
  check: (ctx) => {
    if (ctx.brief.primaryKeyword?.trim()) return [];
    return [
      {
        field: 'primaryKeyword',
        message: `The brief has no primaryKeyword, but ${searchLedBy(ctx)}; add the query this asset should rank for.`,
      },
    ];
  },
});
