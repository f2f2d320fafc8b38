/** Copy placements: the text fields of the one placement catalog (`src/placements`), under the names copy has always used. */
export {
  type CopyLengthUnit,
  getPlacement,
  isTitlePlacement,
  PLACEMENT_IDS,
  type Placement,
  type PlacementId,
  PlacementIdSchema,
  placements,
} from '../placements/copy-fields.js';
