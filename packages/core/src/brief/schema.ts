/** BriefSchema: the creative brief's fields (exact names other modules and tests rely on). */
import { z } from 'zod';
import { FunnelStageSchema } from '../funnel/stages.js';

/** An ISO date (`2026-03-20`) or date-time with offset (`2026-03-20T17:00:00Z`). */
export const BriefDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** A sentence, or a segment with the need and context that make it actionable. */
export const BriefAudienceSchema = z.union([
  z.string(),
  z.object({
    segment: z.string(),
    need: z.string().optional(),
    context: z.string().optional(),
    /** What they already believe (the classic brief's "current beliefs"). */
    beliefs: z.string().optional(),
    exclusions: z.string().optional(),
  }),
]);

export const BriefFormatSchema = z.object({
  /** A catalog format id: `article`, `static-image`, `short-video`, `product-page`, `email`… */
  kind: z.string().min(1),
  /** `W:H`, e.g. `9:16`, `4:5`, `1.91:1`. */
  aspectRatio: z
    .string()
    .regex(/^\d{1,4}(?:\.\d{1,3})?:\d{1,4}(?:\.\d{1,3})?$/, 'use W:H such as "9:16"')
    .optional(),
  /** Seconds. `checkBrief` also reads `duration: "30s"`, `"0:30"` or `"2 min"` (docs/briefs.md lists the spellings). */
  durationSec: z.number().positive().max(36_000).optional(),
  /** Placement ids such as `meta-feed`, `tiktok-in-feed`, `google-search`, `amazon-search`. */
  placements: z.array(z.string()).optional(),
  dimensions: z.string().optional(),
  count: z.number().int().positive().optional(),
  languages: z.array(z.string()).optional(),
  /** Target length of a text asset (an article, a page, an email), in words. */
  wordCount: z.number().int().positive().optional(),
  /** Images the asset carries (an article's figures, a carousel's cards, an A+ module's tiles). */
  imageCount: z.number().int().nonnegative().optional(),
  /** Pages of a printed or paged asset (an insert, a PDF guide). */
  pageCount: z.number().int().positive().optional(),
});

export const VisualDirectionSchema = z.union([
  z.string(),
  z.object({
    description: z.string(),
    mood: z.string().optional(),
    palette: z.string().optional(),
    dos: z.array(z.string()).optional(),
    donts: z.array(z.string()).optional(),
    references: z.array(z.string()).optional(),
  }),
]);

export const RequiredClaimSchema = z.object({
  text: z.string().min(1),
  /** The evidence on file: a study, a certificate, a test report id. */
  substantiation: z.string().optional(),
});

export const BusinessGoalSchema = z.object({
  /** A KPI id from the funnel catalog. */
  metric: z.string(),
  target: z.number().finite(),
  baseline: z.number().finite().optional(),
  deadline: BriefDateSchema.optional(),
  description: z.string().optional(),
});

/** The goal as `checkBrief` reads it: metric and target may be missing so the goal rules can explain the gap. */
export const LenientBusinessGoalSchema = BusinessGoalSchema.partial({ metric: true, target: true });

export const BriefBudgetSchema = z.union([
  z.number().nonnegative(),
  z.object({ amount: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/, 'use an ISO 4217 code') }),
]);

const fields = {
  id: z.string().optional(),
  title: z.string(),
  contentType: z.string(),
  funnelStage: FunnelStageSchema,
  audience: BriefAudienceSchema,
  primaryKeyword: z.string().optional(),
  keyMessage: z.string().optional(),
  format: BriefFormatSchema,
  visualDirection: VisualDirectionSchema,
  requiredClaims: z.array(RequiredClaimSchema),
  businessGoal: BusinessGoalSchema,
  owner: z.string().optional(),
  approver: z.string().optional(),
  deadline: BriefDateSchema.optional(),
  budget: BriefBudgetSchema.optional(),
  mandatories: z.array(z.string()).optional(),
  references: z.array(z.string()).optional(),
  channels: z.array(z.string()).optional(),
  notes: z.string().optional(),
};

export const BriefSchema = z
  .object(fields)
  .strict()
  .refine((b) => Boolean(b.primaryKeyword?.trim() || b.keyMessage?.trim()), {
    message: 'give a primaryKeyword, a keyMessage, or both',
    path: ['keyMessage'],
  });
export type Brief = z.infer<typeof BriefSchema>;
export type BriefAudience = z.infer<typeof BriefAudienceSchema>;
export type BriefFormat = z.infer<typeof BriefFormatSchema>;
export type VisualDirection = z.infer<typeof VisualDirectionSchema>;
export type RequiredClaim = z.infer<typeof RequiredClaimSchema>;
export type BusinessGoal = z.infer<typeof BusinessGoalSchema>;

export type BriefField = keyof typeof fields;
export const BRIEF_FIELDS = Object.keys(fields) as readonly BriefField[];

/** Per-field schemas `checkBrief` validates one by one, so one bad field never hides the others. */
export const BRIEF_FIELD_SCHEMAS: Readonly<Record<BriefField, z.ZodType>> = {
  ...fields,
  businessGoal: LenientBusinessGoalSchema,
};

/** Required fields, in the seed's order. `primaryKeyword|keyMessage` is one requirement: at least one of them. */
export const REQUIRED_BRIEF_FIELDS = [
  'title',
  'contentType',
  'funnelStage',
  'audience',
  'primaryKeyword|keyMessage',
  'format',
  'visualDirection',
  'requiredClaims',
  'businessGoal',
] as const;
export type RequiredBriefField = (typeof REQUIRED_BRIEF_FIELDS)[number];
