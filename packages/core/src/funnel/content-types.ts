/** Content-type catalog: stable ids with the stages they serve, their formats and primary KPIs. */
import { z } from 'zod';
import type { FunnelStage } from './stages.js';
import { FunnelStageSchema } from './stages.js';

/** Format kinds a brief's `format.kind` and an asset's `format` use. Teams may add their own. */
export const FORMAT_KINDS = [
  'article',
  'static-image',
  'carousel',
  'short-video',
  'long-video',
  'web-page',
  'product-page',
  'enhanced-content',
  'email',
  'sms',
  'interactive',
  'infographic',
  'print-insert',
] as const;
export type FormatKind = (typeof FORMAT_KINDS)[number];

/** Formats without a timeline: a duration on them is a contradiction. */
export const STILL_FORMATS: ReadonlySet<string> = new Set([
  'article',
  'static-image',
  'carousel',
  'web-page',
  'product-page',
  'enhanced-content',
  'email',
  'sms',
  'infographic',
  'print-insert',
]);
export const VIDEO_FORMATS: ReadonlySet<string> = new Set(['short-video', 'long-video']);

export const CONTENT_TYPE_IDS = [
  'blog-post',
  'social-video',
  'brand-story',
  'comparison-guide',
  'review-content',
  'a-plus-content',
  'pdp',
  'bundle',
  'promo-asset',
  'email-flow',
  'unboxing-content',
  'loyalty-content',
  'static-image-ad',
  'video-ad',
] as const;
export type ContentTypeId = (typeof CONTENT_TYPE_IDS)[number];

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a kebab-case id such as "quiz-page"');

export const ContentTypeDefinitionSchema = z
  .object({
    id: kebabId,
    label: z.string().min(1),
    stages: z.array(FunnelStageSchema).min(1),
    formats: z.array(kebabId).min(1),
    primaryKpis: z.array(kebabId).min(1),
    /** Found through search (web or marketplace), so a brief needs a primary keyword. */
    searchLed: z.boolean().optional(),
    /** Typical production time before review starts, in business days. */
    productionDays: z.number().int().min(0).max(120).optional(),
    description: z.string().optional(),
  })
  .strict();

export interface ContentTypeDefinition {
  id: string;
  label: string;
  stages: readonly FunnelStage[];
  formats: readonly string[];
  primaryKpis: readonly string[];
  searchLed?: boolean;
  productionDays?: number;
  description?: string;
}

/** Built-in content types: the seed article's stage table plus ads that serve several stages. */
export const CONTENT_TYPE_CATALOG: Readonly<Record<ContentTypeId, ContentTypeDefinition>> = {
  'blog-post': {
    id: 'blog-post',
    label: 'Blog post',
    stages: ['discovery'],
    formats: ['article', 'infographic'],
    primaryKpis: ['impressions', 'reach', 'time-on-page'],
    searchLed: true,
    productionDays: 5,
  },
  'social-video': {
    id: 'social-video',
    label: 'Social video',
    stages: ['discovery'],
    formats: ['short-video', 'long-video'],
    primaryKpis: ['impressions', 'reach', 'engagement-rate'],
    productionDays: 7,
  },
  'brand-story': {
    id: 'brand-story',
    label: 'Brand story',
    stages: ['discovery'],
    formats: ['long-video', 'short-video', 'article', 'web-page'],
    primaryKpis: ['reach', 'impressions', 'engagement-rate'],
    productionDays: 10,
  },
  'comparison-guide': {
    id: 'comparison-guide',
    label: 'Comparison guide',
    stages: ['evaluation'],
    formats: ['article', 'web-page', 'infographic', 'interactive'],
    primaryKpis: ['time-on-page', 'return-visits', 'ctr'],
    searchLed: true,
    productionDays: 5,
  },
  'review-content': {
    id: 'review-content',
    label: 'Review content',
    stages: ['evaluation'],
    formats: ['short-video', 'article', 'static-image', 'carousel'],
    primaryKpis: ['time-on-page', 'return-visits', 'engagement-rate'],
    productionDays: 5,
  },
  'a-plus-content': {
    id: 'a-plus-content',
    label: 'A+ content',
    stages: ['evaluation'],
    formats: ['enhanced-content'],
    primaryKpis: ['time-on-page', 'conversion-rate'],
    productionDays: 5,
  },
  pdp: {
    id: 'pdp',
    label: 'Product detail page',
    stages: ['decision'],
    formats: ['product-page'],
    primaryKpis: ['conversion-rate', 'add-to-cart-rate', 'revenue'],
    searchLed: true,
    productionDays: 4,
  },
  bundle: {
    id: 'bundle',
    label: 'Bundle',
    stages: ['decision'],
    formats: ['product-page', 'static-image', 'carousel'],
    primaryKpis: ['conversion-rate', 'add-to-cart-rate', 'revenue'],
    productionDays: 4,
  },
  'promo-asset': {
    id: 'promo-asset',
    label: 'Promo asset',
    stages: ['decision'],
    formats: ['static-image', 'carousel', 'short-video', 'email', 'sms', 'web-page'],
    primaryKpis: ['conversion-rate', 'add-to-cart-rate', 'revenue'],
    productionDays: 3,
  },
  'email-flow': {
    id: 'email-flow',
    label: 'Email flow',
    stages: ['post-purchase'],
    formats: ['email', 'sms'],
    primaryKpis: ['repeat-purchase-rate', 'ltv', 'ctr'],
    productionDays: 5,
  },
  'unboxing-content': {
    id: 'unboxing-content',
    label: 'Unboxing content',
    stages: ['post-purchase'],
    formats: ['short-video', 'print-insert', 'static-image'],
    primaryKpis: ['repeat-purchase-rate', 'engagement-rate'],
    productionDays: 7,
  },
  'loyalty-content': {
    id: 'loyalty-content',
    label: 'Loyalty content',
    stages: ['post-purchase'],
    formats: ['email', 'web-page', 'static-image', 'sms'],
    primaryKpis: ['repeat-purchase-rate', 'ltv'],
    productionDays: 4,
  },
  'static-image-ad': {
    id: 'static-image-ad',
    label: 'Static image ad',
    stages: ['discovery', 'evaluation', 'decision'],
    formats: ['static-image', 'carousel'],
    primaryKpis: ['ctr', 'roas', 'cost-per-creative'],
    productionDays: 2,
  },
  'video-ad': {
    id: 'video-ad',
    label: 'Video ad',
    stages: ['discovery', 'evaluation', 'decision'],
    formats: ['short-video', 'long-video'],
    primaryKpis: ['ctr', 'roas', 'reach'],
    productionDays: 7,
  },
};
