/// <reference lib="dom" />
/** The product's main heading: the visible name a shopper reads, found by agreement with the page's own name sources. */
import { attr, visibleText } from './dom.js';
import type { PageIndex } from './page-index.js';

/** Headings and name elements looked at, at most: a page has a few h1s; review widgets may add hundreds of names. */
const MAX_CANDIDATES = 40;
/** Characters of a heading read; product names are under 300. */
const MAX_HEADING_CHARS = 600;
/** Share of a heading's words that a name source must contain for the heading to count as the product's name. */
const MIN_AGREEMENT = 0.5;

/** Product-title elements of common store themes, after the h1s. */
const TITLE_SELECTORS = [
  'h1',
  '[itemprop="name"]',
  '.product_title',
  '.product-title',
  '.product-name',
  '.product__title',
  '.productView-title',
  '.product-single__title',
];

/** Parts of a heading that are not the name: identifiers and prices. */
function isNoise(el: Element): boolean {
  const prop = attr(el, 'itemprop');
  if (prop && /^(sku|mpn|productid|gtin\d*|price|offers)$/i.test(prop)) return true;
  const cls = attr(el, 'class')?.toLowerCase();
  return cls !== undefined && (cls.includes('price') || cls.includes('sku'));
}

/** An `itemprop="name"` that names the product, not its brand, seller or a review's author. */
function namesProduct(el: Element): boolean {
  if (attr(el, 'itemprop') !== 'name') return true;
  const scope = el.closest('[itemscope]');
  const type = scope?.getAttribute('itemtype') ?? '';
  return scope === null || type.includes('Product');
}

/**
 * A heading's text as a browser lays it out: element boundaries and `<br>` separate words (a brand link
 * and the name in two spans read "Stuart Weitzman Bejeweled…", not "WeitzmanBejeweled"), identifiers
 * (`itemprop="sku"`, `.item_sku`), prices and hidden parts are left out. Bounded in depth and length.
 */
export function headingText(el: Element): string {
  return visibleText(el, { separate: true, skip: isNoise, maxChars: MAX_HEADING_CHARS });
}

/** Lower-case words (letters and digits of any script), at most 60: enough to compare names. */
export function nameWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push(m[0]);
    if (out.length >= 60) break;
  }
  return out;
}

/** Share of `words` found in `reference` (0 when `words` is empty). */
function agreement(words: string[], reference: Set<string>): number {
  if (words.length === 0) return 0;
  let found = 0;
  for (const w of words) if (reference.has(w)) found++;
  return found / words.length;
}

export interface MainHeading {
  el: Element;
  text: string;
  /** Share of the heading's words that the best-matching name source contains (1 when no source exists). */
  agreement: number;
}

/**
 * The element that names the product: the first h1 (or theme title element) whose words a name source
 * (structured data, `og:title`, `<title>`) contains. Navigation headings ("Shop By Department", "Sign up
 * today") and logos share no words with the product's name, so they lose. With no name source at all,
 * the first non-empty h1 is taken. Null when nothing qualifies.
 */
export function findMainHeading(index: PageIndex, nameSources: readonly string[]): MainHeading | null {
  const references = nameSources.filter(Boolean).map((s) => new Set(nameWords(s)));
  let best: MainHeading | null = null;
  let seen = 0;
  for (const selector of TITLE_SELECTORS) {
    for (const el of index.all(selector)) {
      if (++seen > MAX_CANDIDATES) return best;
      if (!namesProduct(el)) continue;
      const text = headingText(el);
      const words = nameWords(text);
      if (words.length === 0) continue;
      if (references.length === 0) return { el, text, agreement: 1 };
      const score = Math.max(...references.map((ref) => agreement(words, ref)));
      if (score >= MIN_AGREEMENT && (best === null || score > best.agreement)) best = { el, text, agreement: score };
      if (best?.agreement === 1 && selector === 'h1') return best;
    }
    if (best) return best;
  }
  return best;
}

/** A name cut short with an ellipsis ("…Pad Pain..."): the source that starts with it holds the whole name. */
export function completeTruncatedName(text: string, nameSources: readonly string[]): string {
  const stem = text.endsWith('…') ? text.slice(0, -1) : text.endsWith('...') ? text.slice(0, -3) : null;
  if (stem === null || stem.trim().length < 10) return text;
  const prefix = stem.trim().toLowerCase();
  const whole = nameSources.find(
    (s) => s.length > stem.length && !s.endsWith('…') && !s.endsWith('...') && s.toLowerCase().startsWith(prefix),
  );
  return whole ?? text;
}

/** Separators between a page title's name and the store's name ("Name | Store", "Name - Store", "Name – Store"). */
const TITLE_SEPARATORS = [' | ', ' – ', ' — ', ' - ', ' :: ', ' @ '];

/**
 * A document title without the store's name: the last separated segment is dropped when it names the
 * site (`og:site_name` or the host's name), repeatedly ("Swing Set | Wayfair | Wayfair").
 */
export function stripSiteName(title: string, siteName: string | undefined, url: string): string {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    // No host to compare with.
  }
  const hostWords = new Set(nameWords(host.split('.').slice(0, -1).join(' ')));
  const siteWords = new Set(nameWords(siteName ?? ''));
  let out = title.trim();
  for (let i = 0; i < 3; i++) {
    let cut = -1;
    let sepLength = 0;
    for (const sep of TITLE_SEPARATORS) {
      const at = out.lastIndexOf(sep);
      if (at > cut) {
        cut = at;
        sepLength = sep.length;
      }
    }
    if (cut <= 0) break;
    const tail = nameWords(out.slice(cut + sepLength));
    const namesSite = tail.length > 0 && tail.length <= 5 && tail.some((w) => hostWords.has(w) || siteWords.has(w));
    if (!namesSite) break;
    out = out.slice(0, cut).trim();
  }
  return out;
}
