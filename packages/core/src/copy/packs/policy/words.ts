/** Marketplace policy lists: characters, promotional phrases, guarantee wording, retailer names (sources per list). */

/** Amazon titles (2025 rules): never allowed; `~ # < > *` only in context such as "Style #4301" or "<10 lb". */
export const AMAZON_TITLE_BANNED = '!$?_{}^¬¦';
export const AMAZON_TITLE_CONTEXTUAL = '~#<>*';
/** Amazon style guide: no non-language ASCII such as © ® Æ (advice). */
export const AMAZON_TITLE_SYMBOLS = '©®™Æ';
/** Walmart titles: no `~ ! * $`. */
export const WALMART_TITLE_BANNED = '~!*$';
/** Amazon bullets (policy effective 15 Aug 2024), plus any emoji. */
export const AMAZON_BULLET_BANNED = '™®€…†‡¢£¥©±~â';
/** Walmart item name, key features and description. */
export const WALMART_COPY_BANNED = '™½@^*♥❤';

/** Promotional and subjective phrases banned in marketplace listing copy (Amazon 201100890, YTR6SYGFA5E3EQC; Walmart policy). */
export const PROMOTIONAL_PHRASES: readonly string[] = [
  'free shipping',
  'fast shipping',
  'hot item',
  'hot sale',
  'on sale',
  'sale',
  'clearance',
  'black friday',
  'cyber monday',
  'limited time',
  'limited-time offer',
  'special offer',
  'discount',
  'deal',
  'savings',
  'low price',
  'lowest price',
  'best price',
  'cheapest',
  'bonus',
  'buy now',
  'order now',
  'add to cart',
  'coming soon',
  'out of stock',
  'walmart fulfilled',
  "amazon's choice",
  'amazon choice',
  'exclusive',
  '100% quality guaranteed',
  'premium quality',
];

/** Amazon search terms: temporary and subjective words are prohibited (Seller Central G23501). */
export const SEARCH_TERM_BANNED: readonly string[] = [
  'new',
  'on sale',
  'sale',
  'limited time',
  'best',
  'cheapest',
  'amazing',
  'top',
  'latest',
];

/** Guarantee wording Amazon removes from bullets (product detail page rules, Aug 2024). */
export const GUARANTEE_PHRASES: readonly string[] = [
  'full refund',
  'money back',
  'money-back guarantee',
  'money back guarantee',
  'if not satisfied',
  "if you're not satisfied",
  'if you are not satisfied',
  'unconditional guarantee',
  'satisfaction guaranteed',
  '100% satisfaction',
  'lifetime guarantee',
  'no questions asked',
  'return it for any reason',
];

/** Wording Amazon Sponsored Brands moderation rejects. */
export const SPONSORED_BRANDS_BANNED: readonly string[] = [
  'click here',
  "don't miss out",
  'do not miss out',
  'last chance',
  "amazon's choice",
  'amazon best seller',
  'best seller',
  'top-selling',
  'top selling',
  'top rated',
  'exclusives',
  'hurry',
];

/** Other retailers and marketplaces, matched in their exact case so "target" the word is not flagged. */
export const RETAILERS: readonly string[] = [
  'Amazon',
  'Walmart',
  'Best Buy',
  'eBay',
  'Costco',
  'Etsy',
  'Home Depot',
  'Wayfair',
  "Kohl's",
  'Temu',
  'AliExpress',
  'Shein',
];
