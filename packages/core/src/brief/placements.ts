/** Placement specs a brief's `format.placements` may name: allowed aspect ratios and durations. */

export interface BriefPlacementSpec {
  id: string;
  label: string;
  /** Allowed aspect ratios as W:H. */
  aspectRatios?: readonly string[];
  /** Allowed video length in seconds. */
  durationSec?: { min?: number; max?: number };
  /** Ranked by a search query: the brief needs a primary keyword. */
  searchLed?: boolean;
  source: string;
}

/** From reference note creative-ops.md §3 (re-check against the live spec pages before relying on a number). */
export const BRIEF_PLACEMENTS: Readonly<Record<string, BriefPlacementSpec>> = {
  'meta-feed': { id: 'meta-feed', label: 'Meta Feed', aspectRatios: ['1:1', '4:5', '1.91:1'], source: 'S8, S9' },
  'meta-stories': { id: 'meta-stories', label: 'Meta Stories', aspectRatios: ['9:16'], source: 'S11' },
  'meta-reels': { id: 'meta-reels', label: 'Meta Reels', aspectRatios: ['9:16'], source: 'S11' },
  'tiktok-in-feed': {
    id: 'tiktok-in-feed',
    label: 'TikTok in-feed',
    aspectRatios: ['9:16', '16:9', '1:1'],
    durationSec: { min: 5, max: 60 },
    source: 'S12, S14',
  },
  'pinterest-standard': {
    id: 'pinterest-standard',
    label: 'Pinterest standard pin',
    aspectRatios: ['2:3'],
    durationSec: { min: 4, max: 900 },
    source: 'S15',
  },
  'amazon-sb-video': {
    id: 'amazon-sb-video',
    label: 'Amazon Sponsored Brands vertical video',
    aspectRatios: ['9:16'],
    durationSec: { min: 6, max: 45 },
    source: 'S17, S18',
  },
  'google-pmax': {
    id: 'google-pmax',
    label: 'Google Performance Max',
    aspectRatios: ['1.91:1', '1:1', '4:5'],
    durationSec: { min: 10 },
    source: 'S4',
  },
  'google-demand-gen': {
    id: 'google-demand-gen',
    label: 'Google Demand Gen',
    aspectRatios: ['1.91:1', '1:1', '4:5', '9:16'],
    source: 'S5, S6',
  },
  'google-display': {
    id: 'google-display',
    label: 'Google responsive display',
    aspectRatios: ['1.91:1', '1:1'],
    source: 'S7',
  },
  'google-search': { id: 'google-search', label: 'Google Search', searchLed: true, source: 'S1' },
  'google-shopping': { id: 'google-shopping', label: 'Google Shopping', searchLed: true, source: 'S4' },
  'amazon-search': { id: 'amazon-search', label: 'Amazon search results', searchLed: true, source: 'S17' },
  'amazon-sponsored-products': {
    id: 'amazon-sponsored-products',
    label: 'Amazon Sponsored Products',
    searchLed: true,
    source: 'S18',
  },
};

export function getBriefPlacement(id: string): BriefPlacementSpec | undefined {
  return Object.hasOwn(BRIEF_PLACEMENTS, id) ? BRIEF_PLACEMENTS[id] : undefined;
}

/** `"9:16"` → 0.5625; undefined when malformed or zero. */
export function parseAspectRatio(ratio: string): number | undefined {
  const colon = ratio.indexOf(':');
  if (colon < 0) return undefined;
  const w = Number(ratio.slice(0, colon));
  const h = Number(ratio.slice(colon + 1));
  return w > 0 && h > 0 ? w / h : undefined;
}

/** Meta tolerates 3% and Google ±1% on aspect ratio; revloop uses the looser 3% (creative-ops.md §3 QA notes). */
export function sameAspect(a: string, b: string, tolerance = 0.03): boolean {
  const x = parseAspectRatio(a);
  const y = parseAspectRatio(b);
  return x !== undefined && y !== undefined && Math.abs(x - y) / y <= tolerance;
}
