/** Rule ids in settings: pre-`listing/` listing ids renamed to the current ones, and overrides split by module. */

/**
 * Listing packs whose rule ids gained the `listing/` prefix (`amazon/title-length` → `listing/amazon/title-length`).
 * Core still accepts the old ids as aliases for one minor version; settings store the new ones.
 */
export const LEGACY_LISTING_PACKS: readonly string[] = ['amazon', 'walmart', 'google-merchant', 'generic-seo'];

const LISTING_PREFIX = 'listing/';

/** The current id for a rule id: an old listing id gets the `listing/` prefix, any other id is returned as is. */
export function currentRuleId(id: string): string {
  const slash = id.indexOf('/');
  return slash > 0 && LEGACY_LISTING_PACKS.includes(id.slice(0, slash)) ? `${LISTING_PREFIX}${id}` : id;
}

/**
 * Renames old listing rule ids in a rule-override map, keeping the order. When both the old and the new id are
 * set, the new one wins (as in core's engine config). Returns the same object when nothing was renamed.
 */
export function renameLegacyRuleIds<T>(overrides: Readonly<Record<string, T>>): Record<string, T> {
  const entries = Object.entries(overrides);
  if (entries.every(([id]) => currentRuleId(id) === id)) return overrides as Record<string, T>;
  const out = new Map<string, T>();
  for (const [id, value] of entries) {
    const next = currentRuleId(id);
    if (next !== id && Object.hasOwn(overrides, next)) continue;
    out.set(next, value);
  }
  // fromEntries defines own properties, so a key such as `__proto__` stays a plain key.
  return Object.fromEntries(out);
}

/**
 * Splits the overrides between the listing audit's engine config (`listing/…` ids) and the copy checks (every
 * other id), so neither reports the other's rules as unknown. An id neither knows is reported by the copy checks.
 */
export function splitRuleOverrides<T>(overrides: Readonly<Record<string, T>>): {
  listing: Record<string, T>;
  copy: Record<string, T>;
} {
  const listing: [string, T][] = [];
  const copy: [string, T][] = [];
  for (const [id, value] of Object.entries(renameLegacyRuleIds(overrides))) {
    (id.startsWith(LISTING_PREFIX) ? listing : copy).push([id, value]);
  }
  return { listing: Object.fromEntries(listing), copy: Object.fromEntries(copy) };
}
