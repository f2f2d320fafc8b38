/** Funnel rule pack: the portfolio findings, documented and configurable like every other rule. */
import { defineRulePack } from '../engine/rule.js';
import { computePortfolioStats, type PortfolioStats } from './portfolio-stats.js';
import { bottomHeavy } from './rules/bottom-heavy.js';
import { formatDominance } from './rules/format-dominance.js';
import { stageUnderTarget } from './rules/stage-under-target.js';
import { untaggedAssets } from './rules/untagged-assets.js';

export const funnelRules = [bottomHeavy, formatDominance, stageUnderTarget, untaggedAssets] as const;

export const funnelRulePack = defineRulePack<PortfolioStats>({
  id: 'funnel',
  title: 'Funnel portfolio',
  description:
    'Run by `portfolioBalance(assets)` over a content inventory tagged with content type, stage and topic cluster. Examples are asset arrays, balanced against the default 30/30/25/15 target mix.',
  rules: funnelRules,
  exampleContext: (input) => computePortfolioStats(input),
});
