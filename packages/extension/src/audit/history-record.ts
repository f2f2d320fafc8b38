/** HistoryRecord: the compact, size-capped summary of an audit kept in local history (never the page's full text). */
import type { Severity } from '@revloop/core/engine';
import { diffListings, emptyListing, type Listing, type ListingMarketplace } from '@revloop/core/listing';
import type { AuditRecord, ListingChange } from './record.js';

/** Caps per field: a 1 MB page still gives a record of a few kB (checked against MAX_RECORD_BYTES). */
export const CAPS = {
  url: 2000,
  title: 500,
  brand: 200,
  bullets: 20,
  bullet: 500,
  imageUrl: 1000,
  breadcrumbs: 10,
  breadcrumb: 100,
  availability: 100,
  findings: 50,
  ruleId: 100,
  categories: 20,
} as const;

/** Hard ceiling for one stored record, in UTF-8 bytes of its JSON. */
export const MAX_RECORD_BYTES = 16 * 1024;

/**
 * The listing facts history compares ("what changed") and the compare view shows. The description is kept as a
 * length and fingerprint only: enough to notice it changed, without storing the page's text.
 */
export interface ListingFacts {
  marketplace: ListingMarketplace;
  title: string | null;
  brand: string | null;
  bullets: string[];
  description: string | null;
  imageCount: number;
  mainImage: string | null;
  videoCount: number;
  hasAPlus: boolean;
  aPlusModuleCount: number;
  price: { amount: number; currency: string } | null;
  availability: string | null;
  rating: number | null;
  reviewCount: number | null;
  breadcrumbs: string[];
}

export interface HistoryRecord {
  key: string;
  site: string;
  url: string;
  /** Epoch ms. */
  at: number;
  score: number;
  band: string;
  categories: Record<string, number>;
  counts: Record<Severity, number>;
  /** Rule id and severity of the first findings (at most CAPS.findings); `counts` has the totals. */
  findings: { ruleId: string; severity: Severity }[];
  facts: ListingFacts;
  timings: { extractMs: number; auditMs: number };
}

const cap = (s: string | null | undefined, n: number): string | null =>
  s === null || s === undefined ? null : s.length > n ? `${s.slice(0, n - 1)}…` : s;

/** FNV-1a over UTF-16 code units: a cheap fingerprint to notice a changed description (not a security hash). */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function listingFacts(listing: Listing): ListingFacts {
  const d = listing.description;
  return {
    marketplace: listing.marketplace,
    title: cap(listing.title, CAPS.title),
    brand: cap(listing.brand, CAPS.brand),
    bullets: listing.bullets.slice(0, CAPS.bullets).map((b) => cap(b, CAPS.bullet) ?? ''),
    description: d ? `${d.length} characters (#${fingerprint(d)})` : null,
    imageCount: listing.images.length,
    mainImage: cap(listing.images[0]?.url, CAPS.imageUrl),
    videoCount: listing.videoCount,
    hasAPlus: listing.hasAPlus,
    aPlusModuleCount: listing.aPlusModuleCount,
    price: listing.price ? { amount: listing.price.amount, currency: listing.price.currency.slice(0, 10) } : null,
    availability: cap(listing.availability, CAPS.availability),
    rating: listing.rating,
    reviewCount: listing.reviewCount,
    breadcrumbs: listing.breadcrumbs.slice(0, CAPS.breadcrumbs).map((b) => cap(b, CAPS.breadcrumb) ?? ''),
  };
}

/** UTF-8 size of a value's JSON, as storage quotas count it. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** The compact record for history; shrinks further (bullets, findings, titles) if it is still over MAX_RECORD_BYTES. */
export function toHistoryRecord(record: AuditRecord): HistoryRecord {
  const { report } = record;
  const out: HistoryRecord = {
    key: record.key,
    site: record.site.slice(0, 40),
    url: cap(record.url, CAPS.url) ?? '',
    at: record.at,
    score: report.score,
    band: report.band,
    categories: Object.fromEntries(Object.entries(report.categories).slice(0, CAPS.categories)),
    counts: { ...report.counts },
    findings: report.findings
      .slice(0, CAPS.findings)
      .map((f) => ({ ruleId: f.ruleId.slice(0, CAPS.ruleId), severity: f.severity })),
    facts: listingFacts(record.listing),
    timings: { ...record.timings },
  };
  // Every field is capped, so this only trips on pathological input (e.g. many multi-byte characters).
  if (jsonBytes(out) > MAX_RECORD_BYTES) {
    out.facts.bullets = out.facts.bullets.map((b) => cap(b, 80) ?? '');
    out.facts.breadcrumbs = [];
    out.findings = out.findings.slice(0, 10);
  }
  if (jsonBytes(out) > MAX_RECORD_BYTES) {
    out.facts.bullets = [];
    out.facts.title = cap(out.facts.title, 80);
    out.facts.brand = cap(out.facts.brand, 40);
    out.facts.mainImage = null;
    out.url = cap(out.url, 200) ?? '';
  }
  return out;
}

/** A Listing carrying only the stored facts, so core's `diffListings` can compare two snapshots. */
function factsAsListing(facts: ListingFacts): Listing {
  return {
    ...emptyListing('', facts.marketplace),
    title: facts.title,
    brand: facts.brand,
    bullets: facts.bullets,
    description: facts.description,
    // diffListings compares the count and the main image URL only.
    images: Array.from({ length: Math.min(facts.imageCount, 10_000) }, (_, i) => ({
      url: i === 0 ? (facts.mainImage ?? '') : '',
    })),
    videoCount: facts.videoCount,
    hasAPlus: facts.hasAPlus,
    aPlusModuleCount: facts.aPlusModuleCount,
    price: facts.price,
    availability: facts.availability,
    rating: facts.rating,
    reviewCount: facts.reviewCount,
    breadcrumbs: facts.breadcrumbs,
  };
}

/** What changed between two stored snapshots (both compacted the same way, so caps never show up as changes). */
export function diffFacts(before: ListingFacts, after: ListingFacts): ListingChange[] {
  return diffListings(factsAsListing(before), factsAsListing(after)).changes;
}
