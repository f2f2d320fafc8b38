/** diffListings: what changed between two snapshots of a listing ("what changed on my listing" alerts). */
import { assertListings } from './listing-input.js';
import type { Listing } from './listing-types.js';

export type ListingChangeKind = 'added' | 'removed' | 'changed' | 'edited';

export interface ListingChange {
  /** `title`, `bullets.2`, `images.count`, `price`, … */
  field: string;
  kind: ListingChangeKind;
  before: unknown;
  after: unknown;
}

export interface ListingDiff {
  changed: boolean;
  changes: ListingChange[];
  /** Bullet text added, removed or edited in place, for a compact alert. */
  bullets: { added: string[]; removed: string[]; edited: { index: number; before: string; after: string }[] };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function scalar(changes: ListingChange[], field: string, before: unknown, after: unknown): void {
  if (same(before ?? null, after ?? null)) return;
  const kind: ListingChangeKind =
    before === null || before === undefined ? 'added' : after === null || after === undefined ? 'removed' : 'changed';
  changes.push({ field, kind, before: before ?? null, after: after ?? null });
}

/**
 * Bullets are matched by text first (moves are not edits); a removed and an added bullet at the same
 * position count as one edit.
 */
function diffBullets(before: readonly string[], after: readonly string[]): ListingDiff['bullets'] {
  const afterSet = new Set(after);
  const beforeSet = new Set(before);
  const removedAt = new Map<number, string>();
  const addedAt = new Map<number, string>();
  before.forEach((b, i) => {
    if (!afterSet.has(b)) removedAt.set(i, b);
  });
  after.forEach((a, i) => {
    if (!beforeSet.has(a)) addedAt.set(i, a);
  });
  const edited: ListingDiff['bullets']['edited'] = [];
  for (const [i, b] of removedAt) {
    const a = addedAt.get(i);
    if (a === undefined) continue;
    edited.push({ index: i, before: b, after: a });
    removedAt.delete(i);
    addedAt.delete(i);
  }
  return { added: [...addedAt.values()], removed: [...removedAt.values()], edited };
}

/**
 * Compares two snapshots. Throws a `listing/invalid-input` RevloopError (never a TypeError) when either is not
 * a Listing: the findings name `before.<field>` / `after.<field>`; missing fields count as empty.
 */
export function diffListings(beforeInput: Listing, afterInput: Listing): ListingDiff {
  const [before, after] = assertListings([
    [beforeInput, 'before'],
    [afterInput, 'after'],
  ]) as [Listing, Listing];
  const changes: ListingChange[] = [];
  scalar(changes, 'title', before.title, after.title);
  scalar(changes, 'brand', before.brand, after.brand);
  const bullets = diffBullets(before.bullets, after.bullets);
  for (const e of bullets.edited)
    changes.push({ field: `bullets.${e.index}`, kind: 'edited', before: e.before, after: e.after });
  for (const b of bullets.removed)
    changes.push({ field: `bullets.${before.bullets.indexOf(b)}`, kind: 'removed', before: b, after: null });
  for (const a of bullets.added)
    changes.push({ field: `bullets.${after.bullets.indexOf(a)}`, kind: 'added', before: null, after: a });
  scalar(changes, 'description', before.description, after.description);
  if (before.images.length !== after.images.length) {
    changes.push({ field: 'images.count', kind: 'changed', before: before.images.length, after: after.images.length });
  }
  scalar(changes, 'images.main', before.images[0]?.url, after.images[0]?.url);
  scalar(changes, 'videoCount', before.videoCount, after.videoCount);
  scalar(changes, 'hasAPlus', before.hasAPlus, after.hasAPlus);
  scalar(changes, 'aPlusModuleCount', before.aPlusModuleCount, after.aPlusModuleCount);
  scalar(changes, 'price', before.price, after.price);
  scalar(changes, 'availability', before.availability, after.availability);
  scalar(changes, 'rating', before.rating, after.rating);
  scalar(changes, 'reviewCount', before.reviewCount, after.reviewCount);
  scalar(changes, 'breadcrumbs', before.breadcrumbs.join(' › ') || null, after.breadcrumbs.join(' › ') || null);
  return { changed: changes.length > 0, changes, bullets };
}
