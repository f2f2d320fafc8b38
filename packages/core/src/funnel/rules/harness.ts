/** Test harness for funnel rules: runs one rule on the stats of an asset list. */
import { resolveEngineConfig } from '../../engine/config.js';
import type { Finding } from '../../engine/finding.js';
import type { AnyRule } from '../../engine/rule.js';
import { runRule } from '../../engine/runner.js';
import { computePortfolioStats, type PortfolioOptions, type PortfolioStats } from '../portfolio-stats.js';

export function runFunnelRule(
  rule: AnyRule<PortfolioStats>,
  assets: unknown,
  options?: unknown,
  portfolio: Omit<PortfolioOptions, 'config'> = {},
): Finding[] {
  const config = options === undefined ? {} : { rules: { [rule.id]: { options } } };
  const { config: resolved, findings } = resolveEngineConfig([rule], config);
  if (findings.length > 0) throw new Error(findings[0]?.message);
  return runRule(resolved.rules[0]!, computePortfolioStats(assets, portfolio)) ?? [];
}

/** `n` assets of one content type (and stage). */
export function many(n: number, contentType: string, stage?: string): { contentType: string; stage?: string }[] {
  return Array.from({ length: n }, () => (stage ? { contentType, stage } : { contentType }));
}
