/** brief/unknown-id: a contentType, KPI or format id that is not in the funnel catalog. */

import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import { getKpi } from '../../funnel/catalog.js';
import type { BriefContext } from '../context.js';

function nearest(id: string, candidates: readonly string[]): string | undefined {
  const needle = id.toLowerCase().replace(/[\s_]+/g, '-');
  return (
    candidates.find((c) => c === needle) ??
    candidates.find((c) => c.startsWith(needle) || needle.startsWith(c)) ??
    candidates.find((c) => needle.length >= 3 && c.includes(needle))
  );
}

export const unknownId = defineRule<BriefContext>({
  id: 'brief/unknown-id',
  category: 'completeness',
  severity: 'error',
  meta: {
    summary:
      'Reports a contentType or businessGoal.metric that is not a catalog id (error), and a format.kind the catalog does not know (warning).',
    rationale:
      'Ids route the brief: the content type picks the review checklist and the KPI picks the dashboard. A free-text value silently skips both; teams add their own ids through the catalog extension.',
    source:
      'revloop funnel catalog (content types and KPIs from the seed article stage and KPI tables). Sources: https://two-octobers.notion.site/The-Funnel-Stage-Terms-e34190165cee4f1382e815b483b4e328.',
    examples: {
      valid: [
        {
          input: {
            contentType: 'pdp',
            businessGoal: { metric: 'conversion-rate', target: 4 },
            format: { kind: 'product-page' },
          },
        },
      ],
      invalid: [
        { input: { contentType: 'Blog Post' }, note: 'not an id; suggests blog-post' },
        { input: { businessGoal: { metric: 'awareness', target: 10 } }, note: 'not a KPI id' },
        { input: { format: { kind: 'hologram' } } },
      ],
    },
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const { brief, catalog } = ctx;
    if (brief.contentType !== undefined && !ctx.contentType) {
      const guess = nearest(brief.contentType, Object.keys(catalog.contentTypes));
      out.push({
        field: 'contentType',
        message: `"${brief.contentType}" is not a known content type; use ${guess ? `"${guess}"` : 'a catalog id'} or add it to the catalog.`,
        evidence: { text: brief.contentType },
        ...(guess ? { fix: { kind: 'suggest' as const, text: guess } } : {}),
      });
    }
    const metric = brief.businessGoal?.metric;
    if (metric !== undefined && !getKpi(catalog, metric)) {
      const guess = nearest(metric, Object.keys(catalog.kpis));
      out.push({
        field: 'businessGoal.metric',
        message: `"${metric}" is not a known KPI; use ${guess ? `"${guess}"` : 'a KPI id such as ctr or conversion-rate'} or add it to the catalog.`,
        evidence: { text: metric },
        ...(guess ? { fix: { kind: 'suggest' as const, text: guess } } : {}),
      });
    }
    const kind = brief.format?.kind;
    if (kind !== undefined && !catalog.formats.includes(kind)) {
      out.push({
        field: 'format.kind',
        severity: 'warning',
        message: `"${kind}" is not a known format; use one of ${catalog.formats.join(', ')}.`,
        evidence: { text: kind },
      });
    }
    return out;
  },
});
