/** Copy bridge: runs the copy checks (claims, AI tells, placeholders, policy) on a listing's title, bullets and description. */
import { lintCopy } from '../../../copy/index.js';
import type { PlacementId } from '../../../copy/placements.js';
import type { Finding } from '../../../engine/finding.js';
import type { Report } from '../../../engine/report.js';
import type { Listing, ListingMarketplace } from '../../listing-types.js';
import { type ListingCategory, targetOf } from '../context.js';

/** The `lintCopy` contract of `@revloop/core/copy` (config problems may come back in `configFindings`). */
export type ListingLintCopy = (
  text: string,
  options: { placement?: PlacementId; config?: unknown },
) => Report & { configFindings?: Finding[] };

export interface ListingCopyOptions {
  /** Defaults to `lintCopy` from `@revloop/core/copy` when that module exports it. */
  lintCopy?: ListingLintCopy;
  /** Copy config (the copy module's own format), passed through unchanged. */
  config?: unknown;
  /** Copy categories to drop because a listing pack already checks them. Default `['length']`. */
  skipCategories?: readonly string[];
  /** Keep copy findings that duplicate a listing pack rule (see `LISTING_COPY_OVERLAPS`). Default false. */
  keepOverlaps?: boolean;
}

/**
 * Copy rules that check what a marketplace pack already checks on the same field, so one problem
 * is not charged twice: Amazon and Walmart packs own title characters, repeats and promo phrases,
 * and the Amazon pack owns bullet symbols.
 */
export const LISTING_COPY_OVERLAPS: Partial<
  Record<ListingMarketplace, Partial<Record<'title' | 'bullet' | 'description', readonly string[]>>>
> = {
  amazon: {
    title: ['copy/policy/title-characters', 'copy/policy/repeated-word', 'copy/policy/promotional-phrase'],
    bullet: ['copy/policy/restricted-symbols'],
  },
  walmart: {
    title: ['copy/policy/title-characters', 'copy/policy/repeated-word', 'copy/policy/promotional-phrase'],
  },
};

/** The copy module's `lintCopy`; a function so tests and callers can swap it through options. */
export function defaultListingLintCopy(): ListingLintCopy {
  return lintCopy;
}

const PLACEMENTS: Record<ListingMarketplace, { title: PlacementId; bullet: PlacementId; description: PlacementId }> = {
  amazon: { title: 'amazon.title', bullet: 'amazon.bullet', description: 'amazon.description' },
  walmart: { title: 'walmart.title', bullet: 'walmart.key-feature', description: 'walmart.description' },
  shopify: { title: 'generic', bullet: 'generic', description: 'generic' },
  generic: { title: 'generic', bullet: 'generic', description: 'generic' },
};

export function listingCopyPlacements(marketplace: ListingMarketplace) {
  return PLACEMENTS[marketplace];
}

const POLICY_CATEGORIES = new Set(['claims', 'policy', 'placeholders']);

/** The listing sub-score a finding counts toward: copy policy findings to `policy`, other copy findings to their field. */
export function listingCategoryOf(finding: Pick<Finding, 'category' | 'field'>): ListingCategory | undefined {
  switch (finding.category) {
    case 'title':
    case 'bullets':
    case 'media':
    case 'description':
    case 'social-proof':
    case 'structured-data':
    case 'policy':
    case 'coverage':
      return finding.category;
  }
  if (POLICY_CATEGORIES.has(finding.category)) return 'policy';
  const field = finding.field ?? '';
  if (field === 'title') return 'title';
  if (field.startsWith('bullets')) return 'bullets';
  if (field === 'description') return 'description';
  return undefined;
}

/**
 * Copy findings for the listing's text fields, each with `field` (`title`, `bullets.2`, `description`),
 * the copy `range` into that field's text, and `target` when the field came from the DOM.
 */
export function listingCopyFindings(listing: Listing, options: ListingCopyOptions = {}): Finding[] {
  const lint = options.lintCopy ?? defaultListingLintCopy();
  const skip = new Set(options.skipCategories ?? ['length']);
  const placements = PLACEMENTS[listing.marketplace];
  const overlaps = options.keepOverlaps ? {} : (LISTING_COPY_OVERLAPS[listing.marketplace] ?? {});
  type Kind = 'title' | 'bullet' | 'description';
  const texts: [field: string, text: string | null | undefined, placement: PlacementId, kind: Kind][] = [
    ['title', listing.title, placements.title, 'title'],
    ...listing.bullets.map((b, i): [string, string, PlacementId, Kind] => [
      `bullets.${i}`,
      b,
      placements.bullet,
      'bullet',
    ]),
    ['description', listing.description, placements.description, 'description'],
  ];
  const out: Finding[] = [];
  let configReported = false;
  for (const [field, text, placement, kind] of texts) {
    if (!text) continue;
    const skipRules = new Set(overlaps[kind] ?? []);
    const report = lint(text, options.config === undefined ? { placement } : { placement, config: options.config });
    for (const f of report.findings) {
      if (skip.has(f.category) || skipRules.has(f.ruleId)) continue;
      // Config problems are the same for every field; report them once, as they are.
      if (f.ruleId.startsWith('config/')) {
        if (!configReported) out.push(f);
        continue;
      }
      const target = targetOf(listing, field);
      out.push(target ? { ...f, field, target } : { ...f, field });
    }
    // The copy module reports config problems apart from findings; pass them on once, as they are.
    if (!configReported && report.configFindings && report.configFindings.length > 0)
      out.push(...report.configFindings);
    configReported ||=
      report.findings.some((f) => f.ruleId.startsWith('config/')) || (report.configFindings?.length ?? 0) > 0;
  }
  return out;
}
