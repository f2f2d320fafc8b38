/** portfolioBalance: counts, shares and gaps of a content inventory across the funnel, with findings. */

import { resolveEngineConfig } from '../engine/config.js';
import type { Report } from '../engine/report.js';
import { type CompiledRunner, compileRunner } from '../engine/runner.js';
import { funnelRules } from './pack.js';
import { computePortfolioStats, type PortfolioOptions, type PortfolioStats } from './portfolio-stats.js';

export type PortfolioBalance = Report & PortfolioStats;

let defaultRunner: { run: CompiledRunner<PortfolioStats> } | undefined;

/**
 * Balances `assets` (`{ contentType, stage?, topicCluster?, format? }[]`) against a target mix: count and share
 * per stage, stages under target, the stage × topic-cluster matrix with its empty cells, and findings for a
 * dominant format or a bottom-heavy funnel. One pass over the assets; bad assets are counted, never thrown. Null
 * options are the defaults; options of the wrong type throw `funnel/invalid-input`.
 */
export function portfolioBalance(assets: unknown, options: PortfolioOptions = {}): PortfolioBalance {
  // Null options are the defaults (untyped callers pass them); other bad options throw in computePortfolioStats.
  const given = options ?? {};
  const stats = computePortfolioStats(assets, given);
  let run: CompiledRunner<PortfolioStats>;
  let extraFindings: Report['findings'] = [];
  if (given.config === undefined) {
    defaultRunner ??= { run: compileRunner(resolveEngineConfig(funnelRules, {}).config) };
    run = defaultRunner.run;
  } else {
    const resolved = resolveEngineConfig(funnelRules, given.config);
    run = compileRunner(resolved.config);
    extraFindings = resolved.findings;
  }
  return { ...stats, ...run(stats, { extraFindings }) };
}
