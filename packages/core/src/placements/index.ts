/** The one placement catalog: ad placements with their format specs and copy fields, their former names, and lookups. */
import {
  AD_PLACEMENT_IDS,
  AD_PLACEMENTS,
  type AdPlacement,
  type AdPlacementId,
  type AspectSpec,
} from './ad-placements.js';
import type { PlacementId } from './copy-fields.js';

export * from './ad-placements.js';
export * from './copy-fields.js';

/** Former name → placement id, built once from each placement's `aliases`. */
const BY_ALIAS: ReadonlyMap<string, AdPlacementId> = new Map(
  AD_PLACEMENT_IDS.flatMap((id) => AD_PLACEMENTS[id].aliases.map((alias) => [alias, id] as const)),
);

export interface AdPlacementLookup {
  placement: AdPlacement;
  /** Set when `id` was a former name: the caller reports it (briefs: an info finding) and uses `placement.id`. */
  alias?: string;
}

/** Looks a placement up by id or former name; unknown ids return `undefined` (callers report them, never throw). */
export function lookupAdPlacement(id: unknown): AdPlacementLookup | undefined {
  if (typeof id !== 'string') return undefined;
  if (Object.hasOwn(AD_PLACEMENTS, id)) return { placement: AD_PLACEMENTS[id as AdPlacementId] };
  const canonical = BY_ALIAS.get(id);
  return canonical === undefined ? undefined : { placement: AD_PLACEMENTS[canonical], alias: id };
}

/** The placements that show a copy field (`meta.primary-text` → feed, Stories, Reels). */
export function adPlacementsForCopyField(field: PlacementId): AdPlacement[] {
  return AD_PLACEMENT_IDS.map((id) => AD_PLACEMENTS[id]).filter((p) => p.copyFields.includes(field));
}

/** Every accepted aspect ratio of a placement, image and video together, without repeats. */
export function placementAspects(p: AdPlacement, media?: 'image' | 'video'): AspectSpec[] {
  const out: AspectSpec[] = [];
  for (const spec of media === 'video' ? [p.video] : media === 'image' ? [p.image] : [p.image, p.video]) {
    for (const a of spec?.aspects ?? []) if (!out.some((o) => o.ratio === a.ratio)) out.push(a);
  }
  return out;
}

/** `"9:16"` → 0.5625; undefined when malformed or zero. */
export function parseAspectRatio(ratio: string): number | undefined {
  const colon = ratio.indexOf(':');
  if (colon < 0) return undefined;
  const w = Number(ratio.slice(0, colon));
  const h = Number(ratio.slice(colon + 1));
  return w > 0 && h > 0 ? w / h : undefined;
}

/** Whether two `W:H` ratios match within a relative tolerance (Meta 3%, Google ±1%). */
export function sameAspect(a: string, b: string, tolerance = 0.03): boolean {
  const x = parseAspectRatio(a);
  const y = parseAspectRatio(b);
  return x !== undefined && y !== undefined && Math.abs(x - y) / y <= tolerance;
}
