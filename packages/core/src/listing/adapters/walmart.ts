/// <reference lib="dom" />
/** Walmart adapter (walmart.com, walmart.ca): the `__NEXT_DATA__` product at its own path with that item's reviews and idml, then DOM fallbacks. */
import { currencyFromDomain } from '../currency.js';
import {
  allWithin,
  asRecord,
  asString,
  firstText,
  htmlListItems,
  htmlToText,
  parseCount,
  parseNumber,
  safeJson,
  textOf,
  visibleText,
} from '../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillList, fillPrice, priceFromText } from '../draft.js';
import type { ListingPrice } from '../listing-types.js';

/** Finds the first object for which `match` holds, breadth-first and bounded (the path moves without notice). */
export function findByShape(
  root: unknown,
  match: (node: Record<string, unknown>) => boolean,
  maxNodes = 20_000,
): Record<string, unknown> | undefined {
  return findAllByShape(root, match, 1, maxNodes)[0];
}

/** Up to `max` objects for which `match` holds, in breadth-first order, visiting at most `maxNodes` nodes. */
export function findAllByShape(
  root: unknown,
  match: (node: Record<string, unknown>) => boolean,
  max: number,
  maxNodes = 20_000,
): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const queue: unknown[] = [root];
  // A read index instead of `shift()`, which can copy the rest of a long queue on every call.
  let head = 0;
  while (head < queue.length && head < maxNodes && found.length < max) {
    const node = queue[head++];
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) queue.push(item);
      continue;
    }
    const record = asRecord(node);
    if (!record) continue;
    if (match(record)) {
      found.push(record);
      continue;
    }
    for (const value of Object.values(record)) if (typeof value === 'object' && value !== null) queue.push(value);
  }
  return found;
}

const isProduct = (n: Record<string, unknown>) =>
  typeof n.name === 'string' && ('usItemId' in n || 'priceInfo' in n) && ('imageInfo' in n || 'averageRating' in n);
const isIdml = (n: Record<string, unknown>) => 'longDescription' in n || 'specifications' in n;

/** Product-shaped objects compared with the URL's item id when the product is not at its path. */
const MAX_SHAPED_PRODUCTS = 50;
/** Characters of `__NEXT_DATA__` read (Walmart's is 0.3–2 MB). */
const MAX_NEXT_DATA_CHARS = 6_000_000;

const AVAILABILITY: Record<string, string> = {
  IN_STOCK: 'InStock',
  OUT_OF_STOCK: 'OutOfStock',
  LIMITED_STOCK: 'LimitedAvailability',
  PRE_ORDER: 'PreOrder',
  NOT_AVAILABLE: 'OutOfStock',
};

/** The item id in a product URL: digits on walmart.com (`/ip/slug/538295117`), digits or a product code on walmart.ca. */
export function itemIdFromUrl(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  return /\/ip\/(?:[^/?#]+\/)?(\d{5,}|[0-9A-Z]{10,14})(?=[/?#]|$)/.exec(path)?.[1];
}

/**
 * The page's product when it is not at `initialData.data.product`: among product-shaped objects (related
 * items and sponsored carousels have the same shape), the one whose `usItemId` is the URL's; the first
 * only when the URL names no item. A related item is never taken for the page's product.
 */
export function findPageProduct(root: unknown, itemId: string | undefined): Record<string, unknown> | undefined {
  const candidates = findAllByShape(root, isProduct, MAX_SHAPED_PRODUCTS);
  if (!itemId) return candidates[0];
  return candidates.find((c) => asString(c.usItemId) === itemId);
}

/**
 * The shopper's price: `currentPrice.price` as written, cents kept (45.72, never 45); the price text when
 * the number is missing, or when it is a whole number that the text shows with cents; else the range's low end.
 */
export function walmartPrice(
  priceInfo: Record<string, unknown> | undefined,
  parse: (text: string, currency: string) => ListingPrice | undefined,
  fallbackCurrency: string,
): ListingPrice | undefined {
  const current = asRecord(priceInfo?.currentPrice);
  const currency = asString(current?.currencyUnit) ?? fallbackCurrency;
  const raw = current?.price;
  let amount: number | undefined;
  if (typeof raw === 'number' && Number.isFinite(raw)) amount = raw;
  else if (typeof raw === 'string' && /^\d{1,12}(\.\d{1,4})?$/.test(raw.trim())) amount = Number(raw.trim());
  const text = asString(current?.priceString) ?? asString(current?.priceDisplay);
  const fromText = text ? parse(text, currency) : undefined;
  if (
    amount !== undefined &&
    fromText &&
    Number.isInteger(amount) &&
    !Number.isInteger(fromText.amount) &&
    Math.trunc(fromText.amount) === amount
  )
    amount = fromText.amount;
  if (amount !== undefined && amount >= 0) return { amount, currency };
  if (fromText) return fromText;
  const min = asRecord(priceInfo?.priceRange)?.minPrice;
  return typeof min === 'number' && Number.isFinite(min) && min >= 0 ? { amount: min, currency } : undefined;
}

/** A gallery entry that is a video (a `type`/typename naming it, or a video file), which is not an image. */
function isVideo(entry: Record<string, unknown>, url: string): boolean {
  const kind = `${asString(entry.type) ?? ''} ${asString(entry.__typename) ?? ''} ${asString(entry.assetType) ?? ''}`;
  return /video/i.test(kind) || /\.(mp4|m3u8|webm|mov)(\?|$)/i.test(url);
}

/** `imageInfo.allImages`: distinct images (the same file with other size parameters counts once), videos left out. */
export function walmartImages(imageInfo: Record<string, unknown> | undefined): { url: string }[] {
  const all = Array.isArray(imageInfo?.allImages) ? imageInfo.allImages.slice(0, 500) : [];
  const seen = new Set<string>();
  const out: { url: string }[] = [];
  for (const item of all) {
    const entry = asRecord(item);
    const url = asString(entry?.url);
    if (!entry || !url || isVideo(entry, url)) continue;
    const q = url.indexOf('?');
    const key = q >= 0 ? url.slice(0, q) : url;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ url });
  }
  return out;
}

/** Texts of a list of strings or `{ name, value }` highlights ("Material: Polyester"). */
function featureTexts(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const item of list.slice(0, 200)) {
    const record = asRecord(item);
    const value = asString(item) ?? asString(record?.value) ?? asString(record?.text);
    const name = asString(record?.name);
    const text = value ? htmlToText(name && value !== name ? `${name}: ${value}` : value) : '';
    if (text) out.push(text);
  }
  return out;
}

/**
 * The key features: explicit feature lists first (`keyFeatures`), then the list items of the long
 * description (the "About this item" bullets), then the product highlights, then the short description's list.
 */
export function walmartBullets(product: Record<string, unknown>, idml: Record<string, unknown> | undefined): string[] {
  const candidates: (() => string[])[] = [
    () => featureTexts(product.keyFeatures),
    () => featureTexts(idml?.keyFeatures),
    () => htmlListItems(asString(idml?.longDescription) ?? ''),
    () => featureTexts(idml?.productHighlights),
    () => htmlListItems(asString(product.shortDescription) ?? asString(idml?.shortDescription) ?? ''),
  ];
  for (const read of candidates) {
    const items = read();
    if (items.length > 0) return items;
  }
  return [];
}

function readNextData(ctx: AdapterContext): void {
  const script = ctx.index.first('script#__NEXT_DATA__');
  if (!script) return;
  const parsed = safeJson((script.textContent ?? '').slice(0, MAX_NEXT_DATA_CHARS));
  if (!parsed.ok) {
    ctx.warn('Walmart __NEXT_DATA__ is not valid JSON; fell back to the DOM.');
    return;
  }
  const data = asRecord(asRecord(asRecord(asRecord(asRecord(parsed.value)?.props)?.pageProps)?.initialData)?.data);
  const atPath = asRecord(data?.product);
  const itemId = itemIdFromUrl(ctx.url);
  const product = atPath ?? findPageProduct(parsed.value, itemId);
  if (!product) {
    ctx.warn(
      itemId
        ? `Walmart __NEXT_DATA__ has no product object for item ${itemId}; fell back to the DOM.`
        : 'Walmart __NEXT_DATA__ has no product object; fell back to the DOM.',
    );
    return;
  }
  // The reviews and idml beside the product at its path are that item's; found by shape they could be another's.
  const idml = asRecord(data?.idml) ?? (atPath ? findByShape(parsed.value, isIdml) : undefined);
  const reviews = atPath ? asRecord(data?.reviews) : undefined;
  const strategy = 'next-data';
  // The value comes from JSON; the visible heading is recorded so a UI can still highlight it.
  const heading = ctx.index.first('h1#main-title, h1[itemprop="name"]');
  fill(ctx, 'title', asString(product.name), strategy, heading);
  fill(ctx, 'brand', asString(product.brand), strategy);
  fillId(ctx, 'itemId', asString(product.usItemId), strategy);
  fillId(ctx, 'gtin', asString(product.upc) ?? asString(product.gtin13), strategy);
  fillId(ctx, 'sku', asString(product.sku), strategy);

  fillList(
    ctx,
    'bullets',
    walmartBullets(product, idml).map((text) => ({ text })),
    strategy,
  );
  const description = asString(product.shortDescription) ?? asString(idml?.shortDescription);
  fill(ctx, 'description', description ? htmlToText(description) : undefined, strategy);

  fillImages(ctx, walmartImages(asRecord(product.imageInfo)), strategy);
  if (Array.isArray(idml?.videos)) ctx.listing.videoCount = idml.videos.length;

  const currency = currencyFromDomain(ctx.url) ?? 'USD';
  fillPrice(
    ctx,
    walmartPrice(asRecord(product.priceInfo), (text, code) => priceFromText(ctx, text, code), currency),
    strategy,
  );

  const status = asString(product.availabilityStatus);
  fill(ctx, 'availability', status ? (AVAILABILITY[status] ?? status) : undefined, strategy);
  // The item's own review summary first; `numberOfReviews` when the page has no reviews block.
  const rating = parseNumber(asString(reviews?.averageOverallRating)) ?? parseNumber(asString(product.averageRating));
  const count = parseCount(asString(reviews?.totalReviewCount)) ?? parseCount(asString(product.numberOfReviews));
  fill(ctx, 'rating', rating !== null && rating > 0 && rating <= 5 ? rating : undefined, strategy);
  fill(ctx, 'reviewCount', count ?? undefined, strategy);
  const path = asRecord(product.category)?.path;
  if (Array.isArray(path)) {
    fillList(
      ctx,
      'breadcrumbs',
      path.slice(0, 100).map((p) => ({ text: asString(asRecord(p)?.name) ?? '' })),
      strategy,
    );
  }
}

/**
 * A price element's amount as text: the numeric `content` ("45.72"), else its visible text. Walmart's
 * visual price splits dollars and cents into spans without a point ("$" "45" "72"); read that as 45.72.
 */
export function walmartPriceText(el: Element): string {
  const content = el.getAttribute('content')?.trim();
  if (content && /^\d{1,12}(\.\d{1,4})?$/.test(content)) return content;
  const text = visibleText(el, { skip: isStruck, maxChars: 120 });
  if (/\d[.,]\d{2}(?!\d)/.test(text)) return text;
  const split = /\$\s?(\d{1,3}(?:,\d{3})*|\d+)\s(\d{2})(?!\d)/.exec(
    visibleText(el, { separate: true, skip: isStruck, maxChars: 120 }),
  );
  return split ? `$${split[1]}.${split[2]}` : text;
}

/** A struck-through "was" price beside the current one. */
function isStruck(el: Element): boolean {
  if (el.localName === 's' || el.localName === 'del') return true;
  const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('data-testid') ?? ''}`.toLowerCase();
  return name.includes('strike') || name.includes('line-through') || name.includes('was-price');
}

export function extractWalmart(ctx: AdapterContext): void {
  readNextData(ctx);
  fillId(ctx, 'itemId', itemIdFromUrl(ctx.url), 'url');
  if (!ctx.listing.title) {
    const title = firstText(ctx.index, ['h1#main-title', 'h1[itemprop="name"]']);
    fill(ctx, 'title', title?.text, 'walmart-dom', title?.el);
  }
  if (!ctx.listing.price) {
    const currency = currencyFromDomain(ctx.url) ?? 'USD';
    // The microdata value first, then the price wrapper's current price (its struck "was" price is another span).
    const priceEl =
      ctx.index.first('[itemprop="price"]') ??
      ctx.index.first('div[data-testid="price-wrap"], span[data-testid="price-wrap"]');
    const text = priceEl ? walmartPriceText(priceEl) : '';
    if (priceEl && text) fillPrice(ctx, priceFromText(ctx, text, currency), 'walmart-dom', priceEl);
  }
  const features =
    ctx.listing.bullets.length === 0 &&
    allWithin(ctx.index, [
      ['section[data-testid="product-description"]', 'li'],
      ['.about-desc', 'li'],
    ]);
  if (features) {
    const items = features.els.map((li) => ({ text: textOf(li), el: li }));
    fillList(ctx, 'bullets', items, 'walmart-dom', features.selector);
  }
}
