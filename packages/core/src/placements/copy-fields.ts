/** Copy fields: every ad and marketplace text field revloop checks, with its limits, counting unit and source (copy's `placement`). */
import { z } from 'zod';

export const PLACEMENT_IDS = [
  'amazon.title',
  'amazon.bullet',
  'amazon.description',
  'amazon.search-terms',
  'amazon.sponsored-brands.headline',
  'walmart.title',
  'walmart.key-feature',
  'walmart.description',
  'google-ads.headline',
  'google-ads.long-headline',
  'google-ads.description',
  'google-ads.path',
  'meta.primary-text',
  'meta.headline',
  'meta.description',
  'tiktok.ad-text',
  'pinterest.title',
  'pinterest.description',
  'seo.title',
  'seo.meta-description',
  'email.subject',
  'email.preheader',
  'sms.message',
  'generic',
] as const;

export type PlacementId = (typeof PLACEMENT_IDS)[number];
// Pure: a bundle that never validates a placement id (briefs) drops the schema and this module.
export const PlacementIdSchema = /* @__PURE__ */ z.enum(PLACEMENT_IDS);

/**
 * How a platform counts: `chars` are grapheme clusters (an emoji with modifiers is 1), `bytes` are
 * UTF-8 bytes, `segments` are SMS parts after GSM-7/UCS-2 detection.
 */
export type CopyLengthUnit = 'chars' | 'bytes' | 'segments';

export interface Placement {
  id: PlacementId;
  label: string;
  platform: 'amazon' | 'walmart' | 'google-ads' | 'meta' | 'tiktok' | 'pinterest' | 'seo' | 'email' | 'sms' | 'generic';
  unit: CopyLengthUnit;
  /** Over this the platform rejects, suppresses or ignores the text. */
  hardLimit?: number;
  /** Over this the text still ships but is past the platform's recommendation. */
  softLimit?: number;
  /** Where a surface visibly cuts the text (e.g. Amazon mobile search shows about 80 title characters). */
  truncateAt?: number;
  /** Wide East Asian characters count as 2, as the platform halves its limits for them. */
  wideCountsDouble?: boolean;
  /** Marketplace detail-page copy: marketplace policy rules (no prices, URLs, promo words) apply. */
  marketplace: boolean;
  /** Short fields (titles, headlines) are fragments, so sentence-level readability rules skip them. */
  form: 'short' | 'long';
  source: string;
}

const AMAZON_TITLE_SRC =
  'Amazon Seller Central 200390640 and "Product title requirements" 201100890 (200 chars); YTR6SYGFA5E3EQC (recommends fewer than 80); ~80 visible on mobile (third-party).';

/** The catalog, keyed by id. Numbers come from docs/reference notes; re-check live specs before relying on them. */
export const placements: Readonly<Record<PlacementId, Placement>> = {
  'amazon.title': {
    id: 'amazon.title',
    label: 'Amazon product title',
    platform: 'amazon',
    unit: 'chars',
    hardLimit: 200,
    softLimit: 80,
    truncateAt: 80,
    marketplace: true,
    form: 'short',
    source: AMAZON_TITLE_SRC,
  },
  'amazon.bullet': {
    id: 'amazon.bullet',
    label: 'Amazon bullet point (key product feature)',
    platform: 'amazon',
    unit: 'chars',
    hardLimit: 500,
    softLimit: 255,
    truncateAt: 200,
    marketplace: true,
    form: 'long',
    source:
      'Field takes 500 chars (Amazon error 8102); 250–255 per bullet is the widely cited guideline; mobile shows about 200 (third-party: viral-launch, amazonlistingaudit, godatafeed).',
  },
  'amazon.description': {
    id: 'amazon.description',
    label: 'Amazon product description',
    platform: 'amazon',
    unit: 'chars',
    hardLimit: 2000,
    marketplace: true,
    form: 'long',
    source: 'Up to 2,000 chars (third-party: amalyze, viral-launch); no HTML except <br> (Seller Central 200390640).',
  },
  'amazon.search-terms': {
    id: 'amazon.search-terms',
    label: 'Amazon backend search terms',
    platform: 'amazon',
    unit: 'bytes',
    hardLimit: 249,
    marketplace: true,
    form: 'short',
    source:
      'Seller Central G23501: under 250 bytes in US/EU, counted in UTF-8 bytes; spaces and punctuation are not counted.',
  },
  'amazon.sponsored-brands.headline': {
    id: 'amazon.sponsored-brands.headline',
    label: 'Amazon Sponsored Brands headline',
    platform: 'amazon',
    unit: 'chars',
    hardLimit: 50,
    marketplace: false,
    form: 'short',
    source: 'Amazon Ads API Sponsored Brands v4: headline up to 50 chars (35 in Japan); SB moderation policy.',
  },
  'walmart.title': {
    id: 'walmart.title',
    label: 'Walmart product title (item name)',
    platform: 'walmart',
    unit: 'chars',
    hardLimit: 150,
    softLimit: 75,
    marketplace: true,
    form: 'short',
    source:
      'Walmart Product details policy (Jul 2025): titles not exceeding 150 chars; 50–75 ideal (third-party SOPs).',
  },
  'walmart.key-feature': {
    id: 'walmart.key-feature',
    label: 'Walmart key feature',
    platform: 'walmart',
    unit: 'chars',
    hardLimit: 500,
    softLimit: 150,
    marketplace: true,
    form: 'long',
    source: 'Third-party guides conflict: 80–150 chars per feature, or up to 500 (prodtimize, bluestack).',
  },
  'walmart.description': {
    id: 'walmart.description',
    label: 'Walmart product description',
    platform: 'walmart',
    unit: 'chars',
    hardLimit: 4000,
    marketplace: true,
    form: 'long',
    source: 'At least 150 words and at most 4,000 chars (Sellercloud Walmart description guide).',
  },
  'google-ads.headline': {
    id: 'google-ads.headline',
    label: 'Google Ads RSA headline',
    platform: 'google-ads',
    unit: 'chars',
    hardLimit: 30,
    wideCountsDouble: true,
    marketplace: false,
    form: 'short',
    source: 'Google Ads API RSA overview and Help 7684791: headline 30 chars; double-width characters count as 2.',
  },
  'google-ads.long-headline': {
    id: 'google-ads.long-headline',
    label: 'Google Ads long headline (PMax, Display)',
    platform: 'google-ads',
    unit: 'chars',
    hardLimit: 90,
    wideCountsDouble: true,
    marketplace: false,
    form: 'short',
    source: 'Google Ads API Performance Max asset requirements: long headline 90 chars.',
  },
  'google-ads.description': {
    id: 'google-ads.description',
    label: 'Google Ads description',
    platform: 'google-ads',
    unit: 'chars',
    hardLimit: 90,
    wideCountsDouble: true,
    marketplace: false,
    form: 'short',
    source: 'Google Ads API RSA overview: description 90 chars.',
  },
  'google-ads.path': {
    id: 'google-ads.path',
    label: 'Google Ads display path (path1/path2)',
    platform: 'google-ads',
    unit: 'chars',
    hardLimit: 15,
    wideCountsDouble: true,
    marketplace: false,
    form: 'short',
    source: 'Google Ads API RSA overview: path1 and path2 15 chars each.',
  },
  'meta.primary-text': {
    id: 'meta.primary-text',
    label: 'Meta (Facebook/Instagram) primary text',
    platform: 'meta',
    unit: 'chars',
    hardLimit: 2200,
    softLimit: 125,
    truncateAt: 125,
    marketplace: false,
    form: 'long',
    source: 'Meta ad specs: 125 chars recommended before "See more", up to 2,200 (Meta guide copy; adsuploader).',
  },
  'meta.headline': {
    id: 'meta.headline',
    label: 'Meta headline',
    platform: 'meta',
    unit: 'chars',
    softLimit: 40,
    truncateAt: 27,
    marketplace: false,
    form: 'short',
    source:
      'Meta ad specs: headline 40 recommended; Facebook Feed shows about 27 (sources disagree: soft limits only).',
  },
  'meta.description': {
    id: 'meta.description',
    label: 'Meta link description',
    platform: 'meta',
    unit: 'chars',
    softLimit: 30,
    truncateAt: 25,
    marketplace: false,
    form: 'short',
    source: 'Meta ad specs: description 30 (some guides say 25); soft limits only.',
  },
  'tiktok.ad-text': {
    id: 'tiktok.ad-text',
    label: 'TikTok ad text',
    platform: 'tiktok',
    unit: 'chars',
    hardLimit: 100,
    wideCountsDouble: true,
    marketplace: false,
    form: 'short',
    source: 'TikTok image/in-feed ad spec: 1–100 Latin chars, limits halved for Asian characters; no emoji, {} or #.',
  },
  'pinterest.title': {
    id: 'pinterest.title',
    label: 'Pinterest Pin title',
    platform: 'pinterest',
    unit: 'chars',
    hardLimit: 100,
    truncateAt: 40,
    marketplace: false,
    form: 'short',
    source: 'Pinterest product specs: title up to 100 chars, first 40 shown (30 for CJK).',
  },
  'pinterest.description': {
    id: 'pinterest.description',
    label: 'Pinterest Pin description',
    platform: 'pinterest',
    unit: 'chars',
    hardLimit: 500,
    marketplace: false,
    form: 'long',
    source: 'Pinterest product specs: description up to 500 chars (used for relevance, not shown).',
  },
  'seo.title': {
    id: 'seo.title',
    label: 'SEO <title>',
    platform: 'seo',
    unit: 'chars',
    softLimit: 60,
    truncateAt: 60,
    marketplace: false,
    form: 'short',
    source:
      'Google cuts titles by pixels (~580–600 px); ~50–60 chars is the common guideline (third-party SEO audits).',
  },
  'seo.meta-description': {
    id: 'seo.meta-description',
    label: 'SEO meta description',
    platform: 'seo',
    unit: 'chars',
    softLimit: 160,
    truncateAt: 160,
    marketplace: false,
    form: 'long',
    source: '~120–160 chars before Google cuts the snippet (third-party: squirrelscan); Google sets no fixed length.',
  },
  'email.subject': {
    id: 'email.subject',
    label: 'E-mail subject line',
    platform: 'email',
    unit: 'chars',
    softLimit: 50,
    truncateAt: 50,
    marketplace: false,
    form: 'short',
    source: 'Intuit design system (citing Mailchimp, Litmus) and ActiveCampaign: ~50 chars, fewer than 9 words.',
  },
  'email.preheader': {
    id: 'email.preheader',
    label: 'E-mail preheader',
    platform: 'email',
    unit: 'chars',
    softLimit: 70,
    truncateAt: 70,
    marketplace: false,
    form: 'short',
    source: 'Intuit design system (citing Litmus): preheader 40–70 chars.',
  },
  'sms.message': {
    id: 'sms.message',
    label: 'SMS message',
    platform: 'sms',
    unit: 'segments',
    hardLimit: 10,
    softLimit: 1,
    marketplace: false,
    form: 'long',
    source:
      'Braze, LOX24, Twilio: 160 GSM-7 / 70 UCS-2 chars per single segment, 153 / 67 per concatenated part; Twilio caps at 1,600 chars (about 10 segments).',
  },
  generic: {
    id: 'generic',
    label: 'Any copy (no placement limits)',
    platform: 'generic',
    unit: 'chars',
    marketplace: false,
    form: 'long',
    source: 'No platform limit; only the content packs apply.',
  },
};

/** Looks a placement up by id; unknown ids return `undefined` (callers report them, never throw). */
export function getPlacement(id: unknown): Placement | undefined {
  return typeof id === 'string' && Object.hasOwn(placements, id) ? placements[id as PlacementId] : undefined;
}

/** Title-like fields, where marketplace title rules apply. */
export function isTitlePlacement(id: PlacementId): boolean {
  return id === 'amazon.title' || id === 'walmart.title';
}
