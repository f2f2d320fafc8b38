/** KPI catalog: typed, stable KPI ids with units, direction and the formula revloop uses. */
import { z } from 'zod';
import { FunnelStageSchema } from './stages.js';

export const KPI_IDS = [
  'impressions',
  'reach',
  'time-on-page',
  'return-visits',
  'conversion-rate',
  'add-to-cart-rate',
  'repeat-purchase-rate',
  'ltv',
  'ctr',
  'engagement-rate',
  'roas',
  'cost-per-creative',
  'revenue',
] as const;
export type KpiId = (typeof KPI_IDS)[number];

export const KpiUnitSchema = z.enum(['count', 'percent', 'seconds', 'ratio', 'currency']);
export type KpiUnit = z.infer<typeof KpiUnitSchema>;
export const KpiDirectionSchema = z.enum(['higher-is-better', 'lower-is-better']);
export type KpiDirection = z.infer<typeof KpiDirectionSchema>;

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a kebab-case id such as "qualified-leads"');

export const KpiDefinitionSchema = z
  .object({
    id: kebabId,
    label: z.string().min(1),
    unit: KpiUnitSchema,
    direction: KpiDirectionSchema,
    /** How the number is computed. */
    definition: z.string().min(1),
    /** Stages where the KPI is a fitting goal for an asset. */
    stages: z.array(FunnelStageSchema).min(1),
    source: z.string().optional(),
  })
  .strict();

export interface KpiDefinition {
  id: string;
  label: string;
  unit: KpiUnit;
  direction: KpiDirection;
  definition: string;
  stages: readonly z.infer<typeof FunnelStageSchema>[];
  source?: string;
}

const UTM_KPI = 'reference note utm-kpi.md §6.1';
const SEED = 'seed article, stage and KPI tables';

/** Built-in KPIs. Rates are percentages (0–100). Formulas follow utm-kpi.md §6.1 where it has one. */
export const KPI_CATALOG: Readonly<Record<KpiId, KpiDefinition>> = {
  impressions: {
    id: 'impressions',
    label: 'Impressions',
    unit: 'count',
    direction: 'higher-is-better',
    definition: 'Times the asset was shown.',
    stages: ['discovery', 'evaluation'],
    source: SEED,
  },
  reach: {
    id: 'reach',
    label: 'Reach',
    unit: 'count',
    direction: 'higher-is-better',
    definition: 'Unique people who saw the asset at least once.',
    stages: ['discovery', 'evaluation'],
    source: SEED,
  },
  'time-on-page': {
    id: 'time-on-page',
    label: 'Time on page',
    unit: 'seconds',
    direction: 'higher-is-better',
    definition: 'Average engaged time on the page, in seconds.',
    stages: ['discovery', 'evaluation'],
    source: SEED,
  },
  'return-visits': {
    id: 'return-visits',
    label: 'Return visits',
    unit: 'count',
    direction: 'higher-is-better',
    definition: 'Sessions by returning users that include the asset.',
    stages: ['discovery', 'evaluation'],
    source: SEED,
  },
  'conversion-rate': {
    id: 'conversion-rate',
    label: 'Conversion rate',
    unit: 'percent',
    direction: 'higher-is-better',
    definition: 'Orders ÷ sessions × 100 (on Amazon, orders ÷ clicks).',
    stages: ['evaluation', 'decision'],
    source: UTM_KPI,
  },
  'add-to-cart-rate': {
    id: 'add-to-cart-rate',
    label: 'Add-to-cart rate',
    unit: 'percent',
    direction: 'higher-is-better',
    definition: 'Sessions with an add_to_cart event ÷ sessions × 100 (Amazon Ads: add-to-carts ÷ impressions).',
    stages: ['evaluation', 'decision'],
    source: UTM_KPI,
  },
  'repeat-purchase-rate': {
    id: 'repeat-purchase-rate',
    label: 'Repeat purchase rate',
    unit: 'percent',
    direction: 'higher-is-better',
    definition: 'Customers with 2+ orders ÷ customers with 1+ order in the cohort × 100.',
    stages: ['post-purchase'],
    source: UTM_KPI,
  },
  ltv: {
    id: 'ltv',
    label: 'Customer lifetime value',
    unit: 'currency',
    direction: 'higher-is-better',
    definition: 'Average order value × purchase frequency × customer lifespan (× gross margin).',
    stages: ['post-purchase'],
    source: UTM_KPI,
  },
  ctr: {
    id: 'ctr',
    label: 'Click-through rate',
    unit: 'percent',
    direction: 'higher-is-better',
    definition: 'Clicks ÷ impressions × 100 (Meta link CTR uses link clicks).',
    stages: ['discovery', 'evaluation', 'decision', 'post-purchase'],
    source: UTM_KPI,
  },
  'engagement-rate': {
    id: 'engagement-rate',
    label: 'Engagement rate',
    unit: 'percent',
    direction: 'higher-is-better',
    definition: 'GA4: engaged sessions ÷ sessions × 100; social: engagements ÷ reach × 100 (state which).',
    stages: ['discovery', 'evaluation', 'post-purchase'],
    source: UTM_KPI,
  },
  roas: {
    id: 'roas',
    label: 'Return on ad spend',
    unit: 'ratio',
    direction: 'higher-is-better',
    definition: 'Attributed revenue ÷ ad spend.',
    stages: ['evaluation', 'decision', 'post-purchase'],
    source: UTM_KPI,
  },
  'cost-per-creative': {
    id: 'cost-per-creative',
    label: 'Cost per creative',
    unit: 'currency',
    direction: 'lower-is-better',
    definition: '(Production cost + attributed media spend) ÷ number of creatives.',
    stages: ['discovery', 'evaluation', 'decision', 'post-purchase'],
    source: UTM_KPI,
  },
  revenue: {
    id: 'revenue',
    label: 'Attributed revenue',
    unit: 'currency',
    direction: 'higher-is-better',
    definition: 'Revenue attributed to the asset under the stated attribution model and window.',
    stages: ['decision', 'post-purchase'],
    source: SEED,
  },
};
