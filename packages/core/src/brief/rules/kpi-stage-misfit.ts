/** brief/kpi-stage-misfit: a goal KPI that does not fit the brief's funnel stage or content type. */
import { defineRule } from '../../engine/rule.js';
import { getKpi } from '../../funnel/catalog.js';
import type { BriefContext } from '../context.js';

export const kpiStageMisfit = defineRule<BriefContext>({
  id: 'brief/kpi-stage-misfit',
  category: 'measurement',
  severity: 'warning',
  weight: 2,
  meta: {
    summary:
      'Flags a businessGoal.metric that is neither a fitting KPI for the funnel stage nor a primary KPI of the content type (conversion rate as the goal of a discovery blog post).',
    rationale:
      'Each stage has its own primary KPIs (discovery: impressions, reach; evaluation: time on page, return visits; decision: conversion rate, add-to-cart; post-purchase: repeat purchase, LTV); judging an asset on another stage’s KPI gets good assets cut and bad ones kept.',
    source:
      'Seed article, stage table (content types and primary KPI per stage). Sources: https://two-octobers.notion.site/The-Funnel-Stage-Terms-e34190165cee4f1382e815b483b4e328.',
    examples: {
      valid: [
        {
          input: {
            contentType: 'blog-post',
            funnelStage: 'discovery',
            businessGoal: { metric: 'reach', target: 50000 },
          },
        },
        {
          input: {
            contentType: 'a-plus-content',
            funnelStage: 'evaluation',
            businessGoal: { metric: 'conversion-rate', target: 12 },
          },
        },
      ],
      invalid: [
        {
          input: {
            contentType: 'blog-post',
            funnelStage: 'discovery',
            businessGoal: { metric: 'conversion-rate', target: 3 },
          },
          note: 'conversion rate is a decision KPI',
        },
        { input: { funnelStage: 'post-purchase', businessGoal: { metric: 'impressions', target: 10000 } } },
      ],
    },
  },
  applies: (ctx) =>
    ctx.brief.funnelStage !== undefined && getKpi(ctx.catalog, ctx.brief.businessGoal?.metric) !== undefined,
  check: (ctx) => {
    const stage = ctx.brief.funnelStage!;
    const kpi = getKpi(ctx.catalog, ctx.brief.businessGoal?.metric)!;
    if (kpi.stages.includes(stage) || ctx.contentType?.primaryKpis.includes(kpi.id)) return [];
    const fitting = ctx.catalog.stagePrimaryKpis[stage].join(' or ');
    return [
      {
        field: 'businessGoal.metric',
        message: `${kpi.label} does not measure a ${stage} asset; use a ${stage} KPI such as ${fitting}.`,
        evidence: { text: kpi.id, limit: fitting },
        fix: { kind: 'suggest', text: ctx.catalog.stagePrimaryKpis[stage][0] ?? kpi.id },
      },
    ];
  },
});
