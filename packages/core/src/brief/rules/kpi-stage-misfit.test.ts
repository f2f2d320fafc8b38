// Table test for kpiStageMisfit through the shared rule-table harness, plus checks of messages and options.
import { describe, expect, it } from 'vitest';
import { ruleTable, runRuleOn } from '../../test-support/rule-table.js';
import { briefExampleContext } from '../pack.js';
import { kpiStageMisfit } from './kpi-stage-misfit.js';

const goal = (metric: string) => ({ metric, target: 1 });

ruleTable(kpiStageMisfit, {
  context: briefExampleContext,
  pin: ['field', 'severity'],
  pass: [
    ['discovery reach', { funnelStage: 'discovery', businessGoal: goal('reach') }],
    ['evaluation time on page', { funnelStage: 'evaluation', businessGoal: goal('time-on-page') }],
    ['decision add-to-cart', { funnelStage: 'decision', businessGoal: goal('add-to-cart-rate') }],
    ['post-purchase LTV', { funnelStage: 'post-purchase', businessGoal: goal('ltv') }],
    ['CTR fits every stage', { funnelStage: 'post-purchase', businessGoal: goal('ctr') }],
    [
      'a content type primary KPI wins',
      { contentType: 'a-plus-content', funnelStage: 'evaluation', businessGoal: goal('conversion-rate') },
    ],
    ['no stage', { businessGoal: goal('conversion-rate') }],
    ['unknown KPI (unknown-id reports it)', { funnelStage: 'discovery', businessGoal: goal('sales') }],
  ],
  fail: [
    [
      'conversion rate for a discovery blog post',
      { contentType: 'blog-post', funnelStage: 'discovery', businessGoal: goal('conversion-rate') },
      [{ field: 'businessGoal.metric', severity: 'warning' }],
    ],
    [
      'impressions after purchase',
      { funnelStage: 'post-purchase', businessGoal: goal('impressions') },
      [{ field: 'businessGoal.metric', severity: 'warning' }],
    ],
    [
      'repeat purchase at decision',
      { funnelStage: 'decision', businessGoal: goal('repeat-purchase-rate') },
      [{ field: 'businessGoal.metric', severity: 'warning' }],
    ],
  ],
});

describe('brief/kpi-stage-misfit', () => {
  it('suggests the stage primary KPI', () => {
    const [f] = runRuleOn(
      kpiStageMisfit,
      briefExampleContext({ funnelStage: 'discovery', businessGoal: goal('conversion-rate') }),
    );
    expect(f?.message).toBe(
      'Conversion rate does not measure a discovery asset; use a discovery KPI such as impressions or reach.',
    );
    expect(f?.fix).toEqual({ kind: 'suggest', text: 'impressions' });
  });
});
