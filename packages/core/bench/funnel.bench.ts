// portfolioBalance over 100,000 assets (single pass), against a bare counting loop over the same array.
import { bench, describe } from 'vitest';
import { CONTENT_TYPE_IDS, DEFAULT_FUNNEL_CATALOG, FUNNEL_STAGES, portfolioBalance } from '../src/funnel/index.js';

// Deterministic pseudo-random inventory: 14 content types, 40 topic clusters, a few untagged assets.
let seed = 42;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const assets = Array.from({ length: 100_000 }, (_, i) => {
  const contentType = CONTENT_TYPE_IDS[Math.floor(rand() * CONTENT_TYPE_IDS.length)]!;
  const stages = DEFAULT_FUNNEL_CATALOG.contentTypes[contentType]!.stages;
  return {
    id: `asset-${i}`,
    contentType,
    stage: stages[Math.floor(rand() * stages.length)],
    ...(rand() < 0.9 ? { topicCluster: `cluster-${Math.floor(rand() * 40)}` } : {}),
  };
});

describe('funnel', () => {
  bench('baseline: count stages with a plain loop (100,000 assets)', () => {
    const counts: Record<string, number> = {};
    for (const s of FUNNEL_STAGES) counts[s] = 0;
    for (const a of assets) if (a.stage) counts[a.stage] = (counts[a.stage] ?? 0) + 1;
  });
  bench('portfolioBalance (100,000 assets)', () => {
    portfolioBalance(assets, { topicClusters: ['cluster-99'] });
  });
});
