/** Portfolio stats: one pass over tagged assets, counting stages, formats and stage × topic-cluster cells. */
import { z } from 'zod';
import { invalidInputError } from '../engine/errors.js';
import { type FunnelCatalog, getContentType } from './catalog.js';
import { catalogOption, optionsObject } from './option-guards.js';
import { DEFAULT_TARGET_MIX, FUNNEL_STAGES, type FunnelStage, FunnelStageSchema, isFunnelStage } from './stages.js';

export const PortfolioAssetSchema = z.object({
  id: z.string().optional(),
  contentType: z.string(),
  /** Optional when the content type serves one stage only; it is then inferred. */
  stage: FunnelStageSchema.optional(),
  topicCluster: z.string().optional(),
  /** Defaults to the content type's first format. */
  format: z.string().optional(),
});
export type PortfolioAsset = z.infer<typeof PortfolioAssetSchema>;

export interface PortfolioOptions {
  targetMix?: Partial<Record<FunnelStage, number>>;
  tolerance?: number;
  topicClusters?: readonly string[];
  catalog?: FunnelCatalog;
  /** Engine config for the funnel rules (`funnel/format-dominance` options etc.). */
  config?: unknown;
}

export interface StageBalance {
  count: number;
  share: number;
  target: number;
  /** share − target (negative means under target). */
  gap: number;
}

export interface PortfolioStats {
  total: number;
  /** Assets without a usable content type or stage. */
  skipped: number;
  /** Indexes (into the input) of the first skipped assets, at most 20. */
  skippedExamples: number[];
  stages: Record<FunnelStage, StageBalance>;
  underTarget: FunnelStage[];
  tolerance: number;
  formats: { format: string; count: number; share: number }[];
  matrix: {
    clusters: string[];
    cells: Record<string, Record<FunnelStage, number>>;
    empty: { stage: FunnelStage; topicCluster: string }[];
    /** Assets with no topic cluster (not in the matrix). */
    unclustered: number;
  };
}

function normaliseMix(mix: Partial<Record<FunnelStage, number>> | undefined): Record<FunnelStage, number> {
  const raw = { ...DEFAULT_TARGET_MIX, ...(mix ?? {}) };
  let sum = 0;
  for (const s of FUNNEL_STAGES) sum += Number.isFinite(raw[s]) && raw[s] > 0 ? raw[s] : 0;
  const out = { discovery: 0, evaluation: 0, decision: 0, 'post-purchase': 0 };
  if (sum <= 0) return { ...DEFAULT_TARGET_MIX };
  for (const s of FUNNEL_STAGES) out[s] = Number.isFinite(raw[s]) && raw[s] > 0 ? raw[s] / sum : 0;
  return out;
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/**
 * The options as given, checked once: null or absent options (or fields) are the defaults; a wrong-typed
 * `catalog`, `tolerance` or `topicClusters` throws `funnel/invalid-input` naming it.
 */
function checkOptions(options: unknown): Omit<PortfolioOptions, 'config' | 'catalog'> & { catalog: FunnelCatalog } {
  const o = optionsObject<PortfolioOptions>('funnel', options);
  const catalog = catalogOption('funnel', 'options.catalog', o.catalog);
  if (o.tolerance != null && (typeof o.tolerance !== 'number' || Number.isNaN(o.tolerance))) {
    throw invalidInputError('funnel', 'options.tolerance', o.tolerance, 'a number such as 0.05');
  }
  if (o.topicClusters != null && !Array.isArray(o.topicClusters)) {
    throw invalidInputError('funnel', 'options.topicClusters', o.topicClusters, 'an array of topic cluster names');
  }
  return { ...o, catalog, tolerance: o.tolerance ?? undefined, topicClusters: o.topicClusters ?? undefined };
}

/**
 * Single pass over `assets` (100,000 assets in a few milliseconds); bad entries are counted, not thrown. Null
 * options mean the defaults; options of the wrong type throw `funnel/invalid-input`.
 */
export function computePortfolioStats(assets: unknown, options: Omit<PortfolioOptions, 'config'> = {}): PortfolioStats {
  const checked = checkOptions(options);
  const catalog = checked.catalog;
  const list: readonly unknown[] = Array.isArray(assets) ? assets : [];
  const counts = [0, 0, 0, 0];
  const stageIndex: Record<FunnelStage, number> = { discovery: 0, evaluation: 1, decision: 2, 'post-purchase': 3 };
  const formatCounts = new Map<string, number>();
  const cells = new Map<string, number[]>();
  for (const c of checked.topicClusters ?? []) if (typeof c === 'string' && !cells.has(c)) cells.set(c, [0, 0, 0, 0]);
  let skipped = 0;
  let unclustered = 0;
  const skippedExamples: number[] = [];

  for (let i = 0; i < list.length; i++) {
    const a = list[i] as Partial<Record<keyof PortfolioAsset, unknown>> | null;
    const type = typeof a === 'object' && a !== null ? getContentType(catalog, a.contentType) : undefined;
    let stage: FunnelStage | undefined;
    if (type && a) {
      if (isFunnelStage(a.stage)) stage = a.stage;
      else if (a.stage === undefined && type.stages.length === 1) stage = type.stages[0];
    }
    if (!type || !a || stage === undefined) {
      skipped += 1;
      if (skippedExamples.length < 20) skippedExamples.push(i);
      continue;
    }
    const s = stageIndex[stage];
    counts[s] = (counts[s] ?? 0) + 1;
    const format = typeof a.format === 'string' && a.format !== '' ? a.format : (type.formats[0] ?? 'unknown');
    formatCounts.set(format, (formatCounts.get(format) ?? 0) + 1);
    const cluster = a.topicCluster;
    if (typeof cluster === 'string' && cluster !== '') {
      let row = cells.get(cluster);
      if (!row) {
        row = [0, 0, 0, 0];
        cells.set(cluster, row);
      }
      row[s] = (row[s] ?? 0) + 1;
    } else unclustered += 1;
  }

  const total = counts[0]! + counts[1]! + counts[2]! + counts[3]!;
  const mix = normaliseMix(checked.targetMix);
  const tolerance = checked.tolerance ?? 0.05;
  const stages = {} as Record<FunnelStage, StageBalance>;
  const underTarget: FunnelStage[] = [];
  for (const stage of FUNNEL_STAGES) {
    const count = counts[stageIndex[stage]] ?? 0;
    const share = total === 0 ? 0 : count / total;
    stages[stage] = { count, share: round4(share), target: round4(mix[stage]), gap: round4(share - mix[stage]) };
    if (total > 0 && mix[stage] > 0 && share < mix[stage] - tolerance) underTarget.push(stage);
  }

  const formats = [...formatCounts.entries()]
    .map(([format, count]) => ({ format, count, share: round4(total === 0 ? 0 : count / total) }))
    .sort((x, y) => y.count - x.count || x.format.localeCompare(y.format));

  const clusters = [...cells.keys()].sort((x, y) => x.localeCompare(y));
  const rows: [string, Record<FunnelStage, number>][] = [];
  const empty: { stage: FunnelStage; topicCluster: string }[] = [];
  for (const cluster of clusters) {
    const row = cells.get(cluster)!;
    const rec = {} as Record<FunnelStage, number>;
    for (const stage of FUNNEL_STAGES) {
      const n = row[stageIndex[stage]] ?? 0;
      rec[stage] = n;
      if (n === 0) empty.push({ stage, topicCluster: cluster });
    }
    rows.push([cluster, rec]);
  }
  // fromEntries defines own properties, so a cluster named "__proto__" stays a plain key.
  const matrixCells: Record<string, Record<FunnelStage, number>> = Object.fromEntries(rows);

  return {
    total,
    skipped,
    skippedExamples,
    stages,
    underTarget,
    tolerance,
    formats,
    matrix: { clusters, cells: matrixCells, empty, unclustered },
  };
}
