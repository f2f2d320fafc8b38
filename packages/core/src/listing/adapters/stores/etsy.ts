/// <reference lib="dom" />
/**
 * Etsy adapter: listing id, buy-box title and price (sale and original), gallery, and reviews only where the
 * page marks them as this item's. Etsy's JSON-LD `aggregateRating` is usually the shop's: it is dropped unless
 * its count is the item's, so neither this adapter nor the generic path reports a shop rating as the listing's.
 */

import { parsePriceText, resolveCurrency } from '../../currency.js';
import { asRecord, asString, cleanText, parseNumber, textOf, visibleText } from '../../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillPrice, priceFromText } from '../../draft.js';
import type { ListingImage } from '../../listing-types.js';
import { availabilityFromText } from '../../stock-text.js';
import { productFacts } from '../../structured-data/product-node.js';
import { isHostOf, type StoreAdapter, type StructuredInput } from './store-adapter.js';

/** The listing id in a listing URL: `/listing/1234567890/slug`, also under a locale (`/de/listing/…`). */
export function listingIdFromUrl(url: string): string | undefined {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  return /\/listing\/(\d{5,15})(?=$|[/?#])/.exec(path)?.[1];
}

/** A review badge: "27", "(1,234)", "3.4k" (Etsy shortens large counts; a thousand is read as 1,000). */
export function parseBadgeCount(text: string): number | null {
  const t = text.slice(0, 60).replace(/\u00a0/g, ' ');
  const short = /(\d+(?:[.,]\d)?)\s?k(?![a-z])/i.exec(t);
  if (short?.[1]) return Math.round(Number(short[1].replace(',', '.')) * 1000);
  const m = /\d{1,3}(?:[,. ]\d{3})+|\d+/.exec(t);
  return m ? Number(m[0].replace(/[,. ]/g, '')) : null;
}

/** Headings that mark reviews as this item's, and words that make a heading the shop's, lower-case. */
const ITEM_MARKERS = [
  'reviews for this item',
  'item reviews',
  'bewertungen für diesen artikel',
  'artikelbewertungen',
  'avis sur cet article',
  'avis pour cet article',
  'recensioni per questo articolo',
  'reseñas de este artículo',
  'opiniones sobre este artículo',
  'reviews voor dit item',
];
const SHOP_WORDS = ['shop', 'boutique', 'negozio', 'tienda', 'winkel'];
const SHOP_MARKERS = [
  'reviews for this shop',
  'shop reviews',
  'reviews from this shop',
  'bewertungen für diesen shop',
  'avis sur la boutique',
  'avis sur cette boutique',
  'recensioni per questo negozio',
  'reseñas de esta tienda',
];
/** The label beside the item's own average in the 2023– reviews summary. */
const ITEM_AVERAGE = [
  'item average',
  'artikeldurchschnitt',
  "moyenne de l'article",
  'media articolo',
  'promedio del artículo',
];

interface Found {
  count: number;
  el: Element;
}

/** A count in a review tab or heading: the badge inside it, else the digits of its text. */
function countIn(el: Element): number | null {
  const badge = el.querySelector('.wt-badge');
  return parseBadgeCount(textOf(badge ?? el));
}

function headings(ctx: AdapterContext): Element[] {
  return [...ctx.index.byTagName('h2'), ...ctx.index.byTagName('h3')].slice(0, 120);
}

/** The item's review count: the "This item" tab (2020–), else a "Reviews for this item (N)" heading. */
function itemReviews(ctx: AdapterContext): Found | undefined {
  const tab = ctx.index.first('#same-listing-reviews-tab');
  const tabCount = tab ? countIn(tab) : null;
  if (tab && tabCount !== null) return { count: tabCount, el: tab };
  for (const h of headings(ctx)) {
    const text = textOf(h).slice(0, 200).toLowerCase();
    if (!ITEM_MARKERS.some((m) => text.includes(m)) || SHOP_WORDS.some((w) => text.includes(w))) continue;
    const count = countIn(h);
    if (count !== null) return { count, el: h };
  }
  return undefined;
}

function shopReviews(ctx: AdapterContext): number | undefined {
  const tab = ctx.index.first('#shop-reviews-tab');
  const tabCount = tab ? countIn(tab) : null;
  if (tabCount !== null) return tabCount;
  for (const h of headings(ctx)) {
    const text = textOf(h).slice(0, 200).toLowerCase();
    if (!SHOP_MARKERS.some((m) => text.includes(m))) continue;
    const count = countIn(h);
    if (count !== null) return count;
  }
  return undefined;
}

/** Elements looked at around the item's reviews for its average; the summary sits beside the tabs. */
const MAX_SUMMARY_ELEMENTS = 400;

/** The descendants of `root` in document order, at most `max` (a bounded walk, never a document-wide query). */
function* descendants(root: Element, max: number): Generator<Element> {
  let seen = 0;
  let el: Element | null = root.firstElementChild;
  while (el && seen < max) {
    yield el;
    seen++;
    let next: Element | null = el.firstElementChild;
    while (!next && el && el !== root) {
      next = el.nextElementSibling;
      if (!next) el = el.parentElement;
    }
    el = next;
  }
}

/** The "4.8 · Item average" figure in the reviews summary around the item's reviews, if the page shows one. */
function itemAverage(from: Element): { rating: number; el: Element } | undefined {
  let container: Element | null = from.parentElement;
  for (let depth = 0; container && depth < 4; depth++, container = container.parentElement) {
    if (container.localName === 'body' || container.localName === 'html') break;
    for (const el of descendants(container, MAX_SUMMARY_ELEMENTS)) {
      if (el.childElementCount > 0) continue;
      const text = cleanText(el.textContent).toLowerCase();
      if (text.length > 40 || !ITEM_AVERAGE.some((label) => text.includes(label))) continue;
      const holder = el.parentElement ?? el;
      const rating = parseNumber(visibleText(holder, { separate: true, maxChars: 60 }));
      if (rating !== null && rating > 0 && rating <= 5) return { rating, el: holder };
    }
  }
  return undefined;
}

function readReviews(ctx: AdapterContext, structured: StructuredInput): void {
  const item = itemReviews(ctx);
  if (item) fill(ctx, 'reviewCount', item.count, 'etsy-item-reviews', item.el, 0.9);
  const average = item ? itemAverage(item.el) : undefined;
  if (average) fill(ctx, 'rating', average.rating, 'etsy-item-reviews', average.el, 0.85);
  const declared = [...structured.jsonLd, ...structured.microdata]
    .map(productFacts)
    .find((f) => f.rating !== undefined || f.reviewCount !== undefined);
  if (!declared) return;
  // The structured rating is the item's only when it counts what the item's own tab or heading counts.
  if (item && declared.reviewCount === item.count) return;
  ctx.settled ??= new Set();
  ctx.settled.add('rating');
  ctx.settled.add('reviewCount');
  const shop = shopReviews(ctx);
  const what = `${declared.rating ?? '?'} from ${declared.reviewCount ?? '?'} reviews`;
  ctx.warn(
    shop !== undefined && declared.reviewCount === shop
      ? `Etsy's structured data rates the shop (${what}), not this item; its rating was left out.`
      : `Etsy's structured data rating (${what}) is not marked as this item's on the page; it was left out.`,
  );
}

/** Labels of the struck original price beside a sale price, lower-case. */
const ORIGINAL_PRICE = [
  'original price',
  'ursprünglicher preis',
  "prix d'origine",
  'prix initial',
  'prezzo originale',
  'precio original',
  'oorspronkelijke prijs',
];

function isStruck(el: Element, container: Element): boolean {
  for (let node: Element | null = el; node && node !== container; node = node.parentElement) {
    if (node.localName === 'del' || node.localName === 's') return true;
    if ((node.getAttribute('class') ?? '').includes('strikethrough')) return true;
  }
  return false;
}

/** The buy box's current price: the sale ("Now") price when there is one, never the struck original. */
function readPrice(ctx: AdapterContext, structured: StructuredInput): void {
  const container =
    ctx.index.first('div[data-buy-box-region="price"]') ??
    ctx.index.first('p[data-buy-box-region="price"]') ??
    ctx.index.first('div[data-selector="price-only"]');
  if (!container) return;
  const declared = structured.jsonLd.map((node) => productFacts(node).price?.currency).find(Boolean);
  const candidates = [
    ...Array.from(container.querySelectorAll('.currency-value')).map((el) => el.parentElement ?? el),
    ...Array.from(container.querySelectorAll('p')),
    // The older layout puts the region on the price paragraph itself.
    container,
  ].slice(0, 30);
  for (const el of candidates) {
    if (isStruck(el, container)) continue;
    const text = visibleText(el, { separate: true, skip: (child) => isStruck(child, container) });
    const lower = text.toLowerCase();
    if (ORIGINAL_PRICE.some((label) => lower.includes(label))) continue;
    const parsed = parsePriceText(text);
    // "25% off" and "Sale ends in 12 hours" have numbers but no currency sign.
    if (!parsed?.symbol) continue;
    // "$" alone is the shopper's dollar; the structured currency names which one. Other signs are exact.
    const sign = parsed.symbol === '$' ? undefined : resolveCurrency(parsed.symbol, ctx.url, ctx.locale);
    const price = priceFromText(ctx, text, sign ?? (declared ? declared.toUpperCase() : undefined));
    if (fillPrice(ctx, price, 'etsy-dom', el, 0.9)) return;
  }
}

/** The listing's gallery: the carousel's zoom images, else the JSON-LD images (Etsy writes `contentURL`). */
function readImages(ctx: AdapterContext, structured: StructuredInput): void {
  const carousel = ctx.index
    .all('img.carousel-image')
    .slice(0, 300)
    .map((img) => ({
      url: img.getAttribute('data-src-zoom-image') || img.getAttribute('src') || img.getAttribute('data-src') || '',
      el: img,
      ...(img.getAttribute('alt') ? { alt: cleanText(img.getAttribute('alt')) } : {}),
    }))
    .filter((image) => image.url.includes('etsystatic.com'));
  if (fillImages(ctx, carousel, 'etsy-dom')) return;
  const images: ListingImage[] = [];
  for (const node of structured.jsonLd) {
    const list = Array.isArray(node.image) ? node.image : [node.image];
    for (const image of list.slice(0, 300)) {
      const record = asRecord(image);
      const url =
        asString(image) ?? asString(record?.contentURL) ?? asString(record?.contentUrl) ?? asString(record?.url);
      if (url) images.push({ url });
    }
    if (images.length > 0) break;
  }
  fillImages(ctx, images, 'etsy-json-ld');
}

/** Add-to-cart wording on the buy box's button, lower-case. */
const ADD_TO_CART = [
  'add to cart',
  'add to basket',
  'buy it now',
  'in den warenkorb',
  'ajouter au panier',
  'aggiungi al carrello',
  'añadir a la cesta',
];

/** A sold-out listing has no add-to-cart button and says so in the buy box ("Sorry, this item is sold out"). */
function readSoldOut(ctx: AdapterContext, cart: Element): void {
  const buttons = Array.from(cart.querySelectorAll('button')).slice(0, 40);
  if (buttons.some((b) => ADD_TO_CART.some((w) => textOf(b).toLowerCase().includes(w)))) return;
  // Variation menus list sold-out options ("Size L [Sold out]"): they say nothing about the listing.
  const skip = (el: Element) => el.localName === 'select' || el.localName === 'option';
  const text = visibleText(cart, { separate: true, maxChars: 3000, skip });
  const stock = availabilityFromText(text);
  if (stock?.status === 'OutOfStock') fill(ctx, 'availability', 'OutOfStock', 'etsy-dom', cart, 0.8);
}

/** The shop's name in the buy box: Etsy's maker-seller is the listing's brand when structured data names none. */
function shopName(cart: Element): { text: string; el: Element } | undefined {
  for (const a of Array.from(cart.querySelectorAll('a[href*="/shop/"]')).slice(0, 10)) {
    const text = visibleText(a);
    if (text && text.length <= 60 && !/\s/.test(text)) return { text, el: a };
  }
  return undefined;
}

export const etsyAdapter: StoreAdapter = {
  id: 'etsy',
  matches: (host) => isHostOf(host, 'etsy.com'),
  extract(ctx, structured) {
    fillId(ctx, 'itemId', listingIdFromUrl(ctx.url), 'url-path', null, 0.95);
    const heading = ctx.index.first('h1[data-buy-box-listing-title]');
    if (heading) fill(ctx, 'title', visibleText(heading, { separate: true, maxChars: 600 }), 'etsy-dom', heading, 0.95);
    readPrice(ctx, structured);
    readImages(ctx, structured);
    readReviews(ctx, structured);
    const cart = ctx.index.first('#listing-page-cart');
    if (cart) readSoldOut(ctx, cart);
    const declaredBrand = structured.jsonLd.some((node) => productFacts(node).brand);
    const shop = !declaredBrand && cart ? shopName(cart) : undefined;
    if (shop) fill(ctx, 'brand', shop.text, 'etsy-shop-name', shop.el, 0.6);
  },
};
