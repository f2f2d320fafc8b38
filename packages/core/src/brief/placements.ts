/** Placements a brief's `format.placements` may name: the one catalog (`src/placements`), former brief names included. */
export {
  AD_PLACEMENTS,
  type AdPlacement,
  type AdPlacementLookup,
  lookupAdPlacement,
  parseAspectRatio,
  placementAspects,
  sameAspect,
} from '../placements/index.js';
