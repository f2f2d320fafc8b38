/** Funnel stages: the four buyer-journey stages every asset and brief is tagged with. */
import { z } from 'zod';

/** The seed article's four stages, top of the funnel first. */
export const FUNNEL_STAGES = ['discovery', 'evaluation', 'decision', 'post-purchase'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export const FunnelStageSchema = z.enum(FUNNEL_STAGES);

export const FUNNEL_STAGE_LABELS: Readonly<Record<FunnelStage, string>> = {
  discovery: 'Discovery',
  evaluation: 'Evaluation',
  decision: 'Decision',
  'post-purchase': 'Post-purchase',
};

/** Each stage's primary KPIs, as in the seed article's stage table. */
export const STAGE_PRIMARY_KPIS: Readonly<Record<FunnelStage, readonly string[]>> = {
  discovery: ['impressions', 'reach'],
  evaluation: ['time-on-page', 'return-visits'],
  decision: ['conversion-rate', 'add-to-cart-rate'],
  'post-purchase': ['repeat-purchase-rate', 'ltv'],
};

/**
 * revloop's default target mix for a portfolio. The seed gives no numbers, only the warning that
 * discovery and evaluation get starved; this default keeps them at 60% together. Teams set their own.
 */
export const DEFAULT_TARGET_MIX: Readonly<Record<FunnelStage, number>> = {
  discovery: 0.3,
  evaluation: 0.3,
  decision: 0.25,
  'post-purchase': 0.15,
};

/** True when `value` is one of the four stage ids (safe on any input). */
export function isFunnelStage(value: unknown): value is FunnelStage {
  return value === 'discovery' || value === 'evaluation' || value === 'decision' || value === 'post-purchase';
}
