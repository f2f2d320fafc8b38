/** brief/deadline-risk: a deadline in the past, or too close for production plus the review chain. */
import { z } from 'zod';
import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import type { BriefContext } from '../context.js';

const Options = z
  .object({
    /** Internal review (≤ 24 h), QA, final sign-off: one business day each. */
    reviewChainBusinessDays: z.number().int().min(0).max(60),
    /** Production time for content types without their own `productionDays`. */
    defaultProductionDays: z.number().int().min(0).max(120),
  })
  .strict();

const DAY_MS = 86_400_000;

/**
 * A date's UTC calendar day number (days since 1970-01-01). Deadlines are calendar dates, so they are compared
 * as whole UTC days: the result never depends on the machine's time zone. BriefDateSchema has validated the text.
 */
function dayNumber(text: string): number | undefined {
  const ms =
    text.length === 10 ? Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10)) : Date.parse(text);
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : undefined;
}

/** Monday–Friday days in [from, to): O(1), weeks counted whole. Day 0 (1970-01-01) was a Thursday. */
export function businessDaysBetween(from: number, to: number): number {
  if (to <= from) return 0;
  const span = to - from;
  let count = Math.floor(span / 7) * 5;
  for (let d = from + span - (span % 7); d < to; d++) {
    const weekday = (((d + 4) % 7) + 7) % 7; // 0 = Sunday
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const deadlineRisk = defineRule<BriefContext, z.infer<typeof Options>>({
  id: 'brief/deadline-risk',
  category: 'feasibility',
  severity: 'warning',
  meta: {
    summary:
      'Flags a deadline in the past (error), a deadline with fewer business days left than production plus the review chain (warning), and a goal deadline before the asset deadline.',
    rationale:
      'The seed process has internal review (no more than 24 hours), QA and a final sign-off after production; a deadline that skips them ships unchecked work or slips. Dates are judged against the `now` option, so checks are reproducible; dates compare as UTC calendar days.',
    source:
      'Seed article, production steps 3–5 (internal review ≤ 24 h, QA, final approval); content-type production days from the revloop catalog. Sources: https://asana.com/resources/project-brief.md ; https://help.asana.com/s/article/approvals.',
    examples: {
      valid: [
        {
          input: { contentType: 'blog-post', deadline: '2026-03-20' },
          note: 'example date is 2026-03-02: 14 business days',
        },
      ],
      invalid: [
        { input: { deadline: '2026-02-20' }, note: 'in the past' },
        { input: { contentType: 'social-video', deadline: '2026-03-06' }, note: '4 business days for 7 + 3 needed' },
        { input: { deadline: '2026-04-30', businessGoal: { metric: 'reach', target: 1, deadline: '2026-04-01' } } },
      ],
    },
  },
  optionsSchema: Options,
  defaultOptions: { reviewChainBusinessDays: 3, defaultProductionDays: 3 },
  applies: (ctx) => ctx.brief.deadline !== undefined,
  check: (ctx, options) => {
    const out: RuleFinding[] = [];
    const due = dayNumber(ctx.brief.deadline!);
    const today = Math.floor(ctx.now.getTime() / DAY_MS);
    if (due === undefined || !Number.isFinite(today)) return out;
    if (due < today) {
      out.push({
        field: 'deadline',
        severity: 'error',
        message: `The deadline ${ctx.brief.deadline} is already past; agree a new date before production starts.`,
        evidence: { text: ctx.brief.deadline!, limit: isoDay(today) },
      });
    } else {
      const production = ctx.contentType?.productionDays ?? options.defaultProductionDays;
      const needed = production + options.reviewChainBusinessDays;
      const available = businessDaysBetween(today, due);
      if (available < needed) {
        out.push({
          field: 'deadline',
          message: `Only ${available} business day(s) until ${ctx.brief.deadline}, but production (${production}) plus review, QA and sign-off (${options.reviewChainBusinessDays}) need ${needed}; move the date or cut scope.`,
          evidence: { value: available, limit: needed, unit: 'business days' },
        });
      }
    }
    const goalDeadline = ctx.brief.businessGoal?.deadline;
    const goalDue = goalDeadline ? dayNumber(goalDeadline) : undefined;
    if (goalDue !== undefined && goalDue < due) {
      out.push({
        field: 'businessGoal.deadline',
        message: `The goal is measured on ${goalDeadline}, before the asset is due (${ctx.brief.deadline}); measure at 7, 30 or 90 days after launch.`,
        evidence: { text: goalDeadline, limit: ctx.brief.deadline! },
      });
    }
    return out;
  },
});
