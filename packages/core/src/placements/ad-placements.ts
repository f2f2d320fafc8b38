/** Ad and listing placements: where an asset runs, its copy fields and the format specs QA checks (sizes, ratios, files, durations). */
import type { PlacementId } from './copy-fields.js';

export interface PixelSize {
  width: number;
  height: number;
}

/** One accepted aspect ratio with its pixel sizes; `min` is what the platform rejects below. */
export interface AspectSpec {
  /** `W:H`, e.g. `1.91:1`. */
  ratio: string;
  recommended?: PixelSize;
  min?: PixelSize;
}

export interface MediaSpec {
  aspects: readonly AspectSpec[];
  /** Relative tolerance on the ratio: Meta 3%, Google ±1% (creative-ops.md §3 QA notes). */
  aspectTolerance: number;
  maxFileBytes?: number;
  /** Lower-case file extensions, e.g. `jpg`, `png`, `mp4`. */
  fileTypes?: readonly string[];
}

export interface VideoSpec extends MediaSpec {
  durationSec?: { min?: number; max?: number; recommendedMin?: number; recommendedMax?: number };
}

export interface PlacementSource {
  /** A public URL (never a research-note id). */
  url: string;
  /** What the page backs; third-party pages say so. */
  note: string;
}

export const AD_PLACEMENT_IDS = [
  'meta.feed',
  'meta.stories',
  'meta.reels',
  'tiktok.in-feed',
  'pinterest.standard',
  'amazon.listing',
  'amazon.sponsored-brands',
  'amazon.sponsored-products',
  'walmart.listing',
  'google.search',
  'google.shopping',
  'google.pmax',
  'google.demand-gen',
  'google.display',
  'email.message',
  'sms.message',
  'web.page',
] as const;

export type AdPlacementId = (typeof AD_PLACEMENT_IDS)[number];

export interface AdPlacement {
  id: AdPlacementId;
  label: string;
  /** Former names (the brief vocabulary before issue 9); still accepted, with an info finding. */
  aliases: readonly string[];
  /** The copy fields (copy's `placement` ids) this placement shows, with the limits copy checks. */
  copyFields: readonly PlacementId[];
  image?: MediaSpec;
  video?: VideoSpec;
  /** Ranked by a search query: a brief for it needs a primary keyword. */
  searchLed?: boolean;
  sources: readonly PlacementSource[];
}

const MB = 1024 * 1024;
const META_TOLERANCE = 0.03;
const GOOGLE_TOLERANCE = 0.01;

const META_FEED_SRC: PlacementSource[] = [
  {
    url: 'https://docslib.org/doc/11718590/facebook-instagram-graphic-recommendations-general',
    note: 'Meta feed image guide (copy): 1:1 or 4:5, 1.91:1 to 4:5 allowed, 1080×1080 recommended, min 600 px wide, 30 MB, 3% aspect tolerance',
  },
  {
    url: 'https://developers.facebook.com/docs/instagram/ads-api/reference/media-requirements/',
    note: 'Meta Instagram Ads API media requirements',
  },
  { url: 'https://adsuploader.com/blog/meta-ad-copy-specs', note: 'Meta ad copy limits (third-party)' },
];
const META_VERTICAL_SRC: PlacementSource[] = [
  {
    url: 'https://developers.facebook.com/docs/marketing-api/advantage-catalog-ads/multi-ratio-images',
    note: 'Meta multi-ratio images: 9:16 for Stories and Reels',
  },
];

/** The catalog. Numbers from creative-ops.md §3 and listing-rules.md §1–2; re-check live spec pages before relying on one. */
export const AD_PLACEMENTS: Readonly<Record<AdPlacementId, AdPlacement>> = {
  'meta.feed': {
    id: 'meta.feed',
    label: 'Meta feed (Facebook and Instagram)',
    aliases: ['meta-feed'],
    copyFields: ['meta.primary-text', 'meta.headline', 'meta.description'],
    // "min 600 px wide" gives the minimum height of each ratio.
    image: {
      aspects: [
        { ratio: '1:1', recommended: { width: 1080, height: 1080 }, min: { width: 600, height: 600 } },
        { ratio: '4:5', recommended: { width: 1080, height: 1350 }, min: { width: 600, height: 750 } },
        { ratio: '1.91:1', min: { width: 600, height: 314 } },
      ],
      aspectTolerance: META_TOLERANCE,
      maxFileBytes: 30 * MB,
    },
    sources: META_FEED_SRC,
  },
  'meta.stories': {
    id: 'meta.stories',
    label: 'Meta Stories',
    aliases: ['meta-stories'],
    copyFields: ['meta.primary-text'],
    image: { aspects: [{ ratio: '9:16' }], aspectTolerance: META_TOLERANCE },
    video: { aspects: [{ ratio: '9:16' }], aspectTolerance: META_TOLERANCE },
    sources: META_VERTICAL_SRC,
  },
  'meta.reels': {
    id: 'meta.reels',
    label: 'Meta Reels',
    aliases: ['meta-reels'],
    copyFields: ['meta.primary-text'],
    video: { aspects: [{ ratio: '9:16' }], aspectTolerance: META_TOLERANCE },
    sources: META_VERTICAL_SRC,
  },
  'tiktok.in-feed': {
    id: 'tiktok.in-feed',
    label: 'TikTok in-feed',
    aliases: ['tiktok-in-feed'],
    copyFields: ['tiktok.ad-text'],
    video: {
      aspects: [
        { ratio: '9:16', recommended: { width: 720, height: 1280 }, min: { width: 540, height: 960 } },
        { ratio: '16:9' },
        { ratio: '1:1', min: { width: 640, height: 640 } },
      ],
      aspectTolerance: META_TOLERANCE,
      maxFileBytes: 500 * MB,
      durationSec: { min: 5, max: 60, recommendedMin: 9, recommendedMax: 15 },
    },
    sources: [
      { url: 'https://ads.tiktok.com/help/article?aid=6701253237862825989', note: 'TikTok image ad spec, ad text' },
      { url: 'https://ads.tiktok.com/help/article?aid=10002745', note: 'TikTok video spec and safe zones' },
    ],
  },
  'pinterest.standard': {
    id: 'pinterest.standard',
    label: 'Pinterest standard pin',
    aliases: ['pinterest-standard'],
    copyFields: ['pinterest.title', 'pinterest.description'],
    image: {
      aspects: [{ ratio: '2:3', recommended: { width: 1000, height: 1500 } }],
      aspectTolerance: META_TOLERANCE,
      maxFileBytes: 20 * MB,
    },
    video: {
      aspects: [{ ratio: '2:3' }],
      aspectTolerance: META_TOLERANCE,
      durationSec: { min: 4, max: 900, recommendedMin: 6, recommendedMax: 15 },
    },
    sources: [
      {
        url: 'https://help.pinterest.com/en/business/article/pinterest-product-specs',
        note: 'Pinterest product specs',
      },
    ],
  },
  'amazon.listing': {
    id: 'amazon.listing',
    label: 'Amazon product detail page and search results',
    aliases: ['amazon-search'],
    copyFields: ['amazon.title', 'amazon.bullet', 'amazon.description', 'amazon.search-terms'],
    // Longest side 500 px minimum (10,000 maximum); 1,000 px enables zoom; 1,600–2,000 recommended.
    image: {
      aspects: [{ ratio: '1:1', recommended: { width: 2000, height: 2000 }, min: { width: 500, height: 500 } }],
      aspectTolerance: META_TOLERANCE,
      maxFileBytes: 10 * MB,
      fileTypes: ['jpg', 'jpeg', 'png', 'tif', 'tiff', 'gif'],
    },
    video: {
      aspects: [{ ratio: '16:9', recommended: { width: 1920, height: 1080 }, min: { width: 1280, height: 720 } }],
      aspectTolerance: META_TOLERANCE,
      fileTypes: ['mp4', 'mov'],
    },
    searchLed: true,
    sources: [
      {
        url: 'https://sellercentral.amazon.com/help/hub/reference/GNRP6DDJV79DUHRD',
        note: 'Amazon image requirements (zoom at 1,000 px)',
      },
      {
        url: 'https://mercatuslab.com/blog/amazon-product-image-requirements',
        note: 'sizes, 10 MB, file types (third-party)',
      },
      { url: 'https://sellerby.com/p/2890.html', note: 'listing video 16:9, 1920×1080 preferred (third-party)' },
    ],
  },
  'amazon.sponsored-brands': {
    id: 'amazon.sponsored-brands',
    label: 'Amazon Sponsored Brands',
    aliases: ['amazon-sb-video'],
    copyFields: ['amazon.sponsored-brands.headline'],
    image: {
      aspects: [{ ratio: '1.91:1', min: { width: 1200, height: 628 } }],
      aspectTolerance: META_TOLERANCE,
      maxFileBytes: 5 * MB,
      fileTypes: ['png', 'jpg', 'jpeg'],
    },
    video: { aspects: [{ ratio: '9:16' }], aspectTolerance: META_TOLERANCE, durationSec: { min: 6, max: 45 } },
    sources: [
      {
        url: 'https://github.com/vanling1111/amazon-ads-api-go-sdk',
        note: 'Amazon Ads API SB v4 docs (generated SDK): headline, custom image, vertical video',
      },
      { url: 'https://github.com/idealerror/amazon-ads-api-docs', note: 'Amazon Ads API guide, product collection' },
      { url: 'https://advertising.amazon.in/help/GJB8YEKP7UJYKSR2', note: 'Amazon Ads Sponsored Brands moderation' },
    ],
  },
  'amazon.sponsored-products': {
    id: 'amazon.sponsored-products',
    label: 'Amazon Sponsored Products',
    aliases: ['amazon-sponsored-products'],
    copyFields: ['amazon.title'],
    searchLed: true,
    sources: [{ url: 'https://github.com/idealerror/amazon-ads-api-docs', note: 'Amazon Ads API guides' }],
  },
  'walmart.listing': {
    id: 'walmart.listing',
    label: 'Walmart product detail page',
    aliases: [],
    copyFields: ['walmart.title', 'walmart.key-feature', 'walmart.description'],
    // 1,500 × 1,500 is what zoom needs; 2,200 × 2,200 is recommended.
    image: {
      aspects: [{ ratio: '1:1', recommended: { width: 2200, height: 2200 }, min: { width: 1500, height: 1500 } }],
      aspectTolerance: META_TOLERANCE,
      maxFileBytes: 5 * MB,
      fileTypes: ['jpg', 'jpeg', 'png', 'bmp'],
    },
    searchLed: true,
    sources: [
      {
        url: 'https://marketplacelearn.walmart.com/guides/Item%20setup/Item%20content%2C%20imagery%2C%20and%20media/Product-detail-page:-Image-guidelines-&-requirements',
        note: 'Walmart image guidelines and requirements',
      },
    ],
  },
  'google.search': {
    id: 'google.search',
    label: 'Google Search',
    aliases: ['google-search'],
    copyFields: ['google-ads.headline', 'google-ads.description', 'google-ads.path'],
    searchLed: true,
    sources: [
      {
        url: 'https://developers.google.cn/google-ads/api/docs/responsive-search-ads/overview.md.txt',
        note: 'Google Ads API RSA overview',
      },
      { url: 'https://support.google.com/google-ads/answer/7684791', note: 'Google Ads Help, RSA' },
    ],
  },
  'google.shopping': {
    id: 'google.shopping',
    label: 'Google Shopping',
    aliases: ['google-shopping'],
    copyFields: [],
    image: {
      aspects: [{ ratio: '1:1', recommended: { width: 1500, height: 1500 }, min: { width: 500, height: 500 } }],
      aspectTolerance: GOOGLE_TOLERANCE,
    },
    searchLed: true,
    sources: [
      {
        url: 'https://support.google.com/merchants/answer/6324350',
        note: 'Merchant Center image: ≥500×500 required from 31 Jan 2027, ≥1500×1500 recommended',
      },
    ],
  },
  'google.pmax': {
    id: 'google.pmax',
    label: 'Google Performance Max',
    aliases: ['google-pmax'],
    copyFields: ['google-ads.headline', 'google-ads.long-headline', 'google-ads.description'],
    image: {
      aspects: [
        { ratio: '1.91:1', recommended: { width: 1200, height: 628 }, min: { width: 600, height: 314 } },
        { ratio: '1:1', recommended: { width: 1200, height: 1200 }, min: { width: 300, height: 300 } },
        { ratio: '4:5', recommended: { width: 960, height: 1200 } },
      ],
      aspectTolerance: GOOGLE_TOLERANCE,
      maxFileBytes: 5120 * 1024,
    },
    // YouTube video of at least 10 s; the reference gives no video ratios, so the image ratios apply.
    video: { aspects: [], aspectTolerance: GOOGLE_TOLERANCE, durationSec: { min: 10 } },
    sources: [
      {
        url: 'https://developers.google.com/google-ads/api/performance-max/asset-requirements',
        note: 'Google Ads API, Performance Max asset requirements',
      },
    ],
  },
  'google.demand-gen': {
    id: 'google.demand-gen',
    label: 'Google Demand Gen',
    aliases: ['google-demand-gen'],
    // Demand Gen headlines take 40 characters, not the RSA 30: no copy field models them yet.
    copyFields: ['google-ads.description'],
    image: {
      aspects: [
        { ratio: '1.91:1', min: { width: 600, height: 314 } },
        { ratio: '1:1', min: { width: 300, height: 300 } },
        { ratio: '4:5', min: { width: 480, height: 600 } },
        { ratio: '9:16', min: { width: 600, height: 1067 } },
      ],
      aspectTolerance: GOOGLE_TOLERANCE,
      maxFileBytes: 5 * MB,
    },
    sources: [
      {
        url: 'https://developers.google.com/google-ads/api/reference/rpc/v20/DemandGenMultiAssetAdInfo',
        note: 'Google Ads API DemandGenMultiAssetAdInfo (±1% aspect)',
      },
      {
        url: 'https://mdsite.deno.dev/https://support.google.com/google-ads/answer/12785615',
        note: 'Google Ads Help 12785615, Demand Gen specs (mirror)',
      },
    ],
  },
  'google.display': {
    id: 'google.display',
    label: 'Google responsive display',
    aliases: ['google-display'],
    copyFields: ['google-ads.headline', 'google-ads.long-headline', 'google-ads.description'],
    image: {
      aspects: [
        { ratio: '1.91:1', recommended: { width: 1200, height: 628 }, min: { width: 600, height: 314 } },
        { ratio: '1:1', min: { width: 300, height: 300 } },
      ],
      aspectTolerance: GOOGLE_TOLERANCE,
    },
    sources: [
      {
        url: 'https://support.google.com/google-ads/answer/17090561',
        note: 'Google Ads Help, responsive display specs',
      },
    ],
  },
  'email.message': {
    id: 'email.message',
    label: 'E-mail',
    aliases: [],
    copyFields: ['email.subject', 'email.preheader'],
    sources: [
      {
        url: 'http://design.intuit.com/quickbooks/marketing/email/content-in-email/',
        note: 'subject and preheader length',
      },
    ],
  },
  'sms.message': {
    id: 'sms.message',
    label: 'SMS',
    aliases: [],
    copyFields: ['sms.message'],
    sources: [
      {
        url: 'https://braze.com/docs/user_guide/message_building_by_channel/sms/campaign/segments',
        note: 'SMS segments',
      },
    ],
  },
  'web.page': {
    id: 'web.page',
    label: 'Web page in organic search',
    aliases: [],
    copyFields: ['seo.title', 'seo.meta-description'],
    searchLed: true,
    sources: [
      {
        url: 'https://docs.squirrelscan.com/rules/core/meta-description',
        note: 'title and snippet length (third-party)',
      },
    ],
  },
};
