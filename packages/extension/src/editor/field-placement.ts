/** Field placement: maps an editor field to the copy placement its text is linted for, overridable in settings. */
import type { EditorField, FieldRole } from './types.js';

/** Preferred placements per field role, best first; the first one the core's catalog knows wins. */
export const ROLE_PLACEMENTS: Record<FieldRole, readonly string[]> = {
  'product-title': ['seo.title', 'amazon.title'],
  'product-description': ['generic'],
  'seo-title': ['seo.title'],
  'seo-description': ['seo.meta-description'],
  'post-title': ['seo.title'],
  'post-body': ['generic'],
  'post-excerpt': ['seo.meta-description'],
  generic: ['generic'],
};

/**
 * The placement for a field: the user's mapping for its key when the catalog knows it, else the role's default.
 * `undefined` means "lint without a placement" (no length limits), never a guess the core would reject.
 */
export function placementForField(
  field: Pick<EditorField, 'key' | 'role'>,
  overrides: Readonly<Record<string, string>>,
  isKnown: (id: string) => boolean,
): string | undefined {
  const chosen = overrides[field.key];
  if (chosen !== undefined && isKnown(chosen)) return chosen;
  return ROLE_PLACEMENTS[field.role].find(isKnown);
}
