/** brief/unmeasurable-goal: a business goal without a KPI and a numeric target that moves it. */

import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import { getKpi } from '../../funnel/catalog.js';
import type { BriefContext } from '../context.js';

export const unmeasurableGoal = defineRule<BriefContext>({
  id: 'brief/unmeasurable-goal',
  category: 'measurement',
  severity: 'error',
  meta: {
    summary:
      'Flags a businessGoal with no metric or no numeric target, a target that does not beat its baseline in the KPI’s direction, or a percentage target outside 0–100.',
    rationale:
      'Every asset decision must answer what the piece is expected to do for revenue and how we will know it worked; without a metric and a target the 7/30/90-day reviews have nothing to compare against.',
    source:
      'Seed article, "Unclear metrics" pitfall and the closing perspective on tying creative to revenue. Sources: https://www.betterbriefs.com/library/the-200bn-black-hole.',
    examples: {
      valid: [
        { input: { businessGoal: { metric: 'conversion-rate', target: 4.2, baseline: 3.1 } } },
        {
          input: { businessGoal: { metric: 'cost-per-creative', target: 180, baseline: 240 } },
          note: 'lower is better',
        },
      ],
      invalid: [
        { input: { businessGoal: { description: 'Drive awareness' } }, note: 'no metric, no target' },
        { input: { businessGoal: { metric: 'ctr' } }, note: 'no target' },
        { input: { businessGoal: { metric: 'roas', target: 2, baseline: 3 } }, note: 'target below baseline' },
        { input: { businessGoal: { metric: 'conversion-rate', target: 250 } }, note: 'a rate over 100%' },
      ],
    },
  },
  applies: (ctx) => ctx.brief.businessGoal !== undefined,
  check: (ctx) => {
    const goal = ctx.brief.businessGoal!;
    const out: RuleFinding[] = [];
    if (goal.metric === undefined) {
      out.push({
        field: 'businessGoal.metric',
        message:
          'The business goal names no KPI; set businessGoal.metric to a KPI id such as conversion-rate or reach.',
      });
    }
    if (goal.target === undefined) {
      out.push({
        field: 'businessGoal.target',
        message: `The business goal has no numeric target${goal.description ? ` ("${goal.description.slice(0, 40)}")` : ''}; set businessGoal.target to the number that means success.`,
      });
      return out;
    }
    const kpi = getKpi(ctx.catalog, goal.metric);
    if (!kpi) return out;
    if (kpi.unit === 'percent' && (goal.target <= 0 || goal.target > 100)) {
      out.push({
        field: 'businessGoal.target',
        message: `${kpi.label} is a percentage, so a target of ${goal.target} is out of range; write it as 0–100 (3.5 for 3.5%).`,
        evidence: { value: goal.target, limit: 100, unit: 'percent' },
      });
    } else if (goal.target < 0) {
      out.push({
        field: 'businessGoal.target',
        message: `A ${kpi.label} target cannot be negative (${goal.target}).`,
        evidence: { value: goal.target, limit: 0 },
      });
    }
    if (goal.baseline !== undefined) {
      const better = kpi.direction === 'higher-is-better' ? goal.target > goal.baseline : goal.target < goal.baseline;
      if (!better) {
        out.push({
          field: 'businessGoal.target',
          severity: 'warning',
          message: `The target ${goal.target} does not improve on the baseline ${goal.baseline} (${kpi.label}: ${kpi.direction}); set a target that moves the KPI.`,
          evidence: { value: goal.target, limit: goal.baseline, unit: kpi.unit },
        });
      }
    }
    return out;
  },
});
