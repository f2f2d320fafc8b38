/** Walled pages: a captcha, bot check or consent wall served instead of the product is reported as such, never as a score. */
import type { ListingPageWall } from '@revloop/core/listing';
import type { StoredListingReport } from './record.js';

const KIND_LABELS: Record<ListingPageWall['kind'], string> = {
  'bot-wall': 'bot check',
  'consent-wall': 'consent wall',
};

/** False for a walled page's report. A record stored before reports carried `scored` was scored. */
export function isScored(report: Pick<StoredListingReport, 'scored'>): boolean {
  return report.scored !== false;
}

/** The plain-text notice for an unscored report; the evidence is page text, so it is rendered as text, never as HTML. */
export function wallNotice(wall: ListingPageWall | undefined): string {
  if (!wall) return 'This is not a product page. Nothing was scored.';
  return `This is not a product page: ${wall.evidence} (${KIND_LABELS[wall.kind] ?? wall.kind}). Nothing was scored.`;
}
