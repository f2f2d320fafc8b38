/** Placements a brief's `format.placements` may name: the one catalog (`src/placements`), former brief names included. */
import { invalidInputError } from '../engine/errors.js';
import { type AdPlacement, type AspectSpec, placementAspects as aspectsOf } from '../placements/index.js';

export {
  AD_PLACEMENTS,
  type AdPlacement,
  type AdPlacementLookup,
  lookupAdPlacement,
  parseAspectRatio,
  sameAspect,
} from '../placements/index.js';

/** A media spec as `placementAspects` reads it: absent, or `{ aspects: [{ ratio }, …] }`. */
function isMediaSpecLike(spec: unknown): boolean {
  if (spec === undefined || spec === null) return true;
  if (typeof spec !== 'object') return false;
  const aspects = (spec as { aspects?: unknown }).aspects;
  if (aspects === undefined || aspects === null) return true;
  if (!Array.isArray(aspects)) return false;
  for (let i = 0; i < aspects.length; i++) if (typeof aspects[i] !== 'object' || aspects[i] === null) return false;
  return true;
}

/**
 * Every accepted aspect ratio of a placement, image and video together (or one `media`'s), without repeats. Null
 * `media` means both; a `placement` that is not an `AdPlacement` or an unknown `media` throws `brief/invalid-input`.
 */
export function placementAspects(p: AdPlacement, media?: 'image' | 'video'): AspectSpec[] {
  const placement: unknown = p;
  if (typeof placement !== 'object' || placement === null) {
    throw invalidInputError('brief', 'placement', placement, 'an AdPlacement from AD_PLACEMENTS or lookupAdPlacement');
  }
  for (const key of ['image', 'video'] as const) {
    const spec = (placement as Record<string, unknown>)[key];
    if (!isMediaSpecLike(spec)) throw invalidInputError('brief', `placement.${key}`, spec, '{ aspects: [{ ratio }] }');
  }
  if (media != null && media !== 'image' && media !== 'video') {
    throw invalidInputError('brief', 'media', media, '"image", "video" or undefined (both)');
  }
  return aspectsOf(p, media ?? undefined);
}
