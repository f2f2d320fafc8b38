/// <reference lib="dom" />
/** MediaMarkt and Saturn adapter (one platform): the Apollo entities of the URL's product id in `window.__PRELOADED_STATE__` (core, price, online status, media), never a recommended product's. */
import { currencyFromDomain } from '../../currency.js';
import { asRecord, asString, cleanText, parseCount, parseNumber, safeJson } from '../../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillPrice } from '../../draft.js';
import { sliceJsonValue } from '../../embedded-json.js';
import type { ListingPrice } from '../../listing-types.js';
import { isHostOfAny, type StoreAdapter } from './store-adapter.js';

const MEDIAMARKT_SUFFIXES = ['.de', '.at', '.ch', '.nl', '.be', '.es', '.pt', '.pl', '.hu', '.lu', '.se', '.com.tr'];
const SATURN_SUFFIXES = ['.de', '.at'];

/** Characters of the state read (MediaMarkt's is 0.5–3 MB). */
const MAX_STATE_CHARS = 6_000_000;
/** Scripts looked at for the state, at most. */
const MAX_SCRIPTS = 300;
/** Apollo cache keys looked at. */
const MAX_KEYS = 60_000;

/** The product id at the end of a product URL (`/de/product/_apple-iphone-15-128-gb-2901367.html` → 2901367). */
export function mediaMarktProductId(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  return /-(\d{4,10})\.html$/.exec(path)?.[1];
}

/**
 * A JavaScript object literal as JSON: the state holds bare `undefined` values, which JSON.parse rejects;
 * they become `null` (outside strings only). One linear pass.
 */
export function undefinedToNull(text: string): string {
  const parts: string[] = [];
  let from = 0;
  let quote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === 92) i++;
      else if (c === 34) quote = false;
      continue;
    }
    if (c === 34) quote = true;
    else if (c === 117 && text.startsWith('undefined', i)) {
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(i + 9);
      const boundary = (code: number) =>
        !(code >= 48 && code <= 57) &&
        !(code >= 65 && code <= 90) &&
        !(code >= 97 && code <= 122) &&
        code !== 95 &&
        code !== 36;
      if (boundary(before) && (Number.isNaN(after) || boundary(after))) {
        parts.push(text.slice(from, i), 'null');
        i += 8;
        from = i + 1;
      }
    }
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** The Apollo cache of `window.__PRELOADED_STATE__ = {…}`, or undefined (with whether a state was there but unreadable). */
function apolloState(ctx: AdapterContext): { cache?: Record<string, unknown>; broken: boolean } {
  for (const script of ctx.index.byTagName('script').slice(0, MAX_SCRIPTS)) {
    if (script.hasAttribute('src')) continue;
    const text = script.textContent ?? '';
    const key = text.indexOf('__PRELOADED_STATE__');
    if (key < 0) continue;
    const eq = text.indexOf('=', key);
    const json = eq >= 0 && eq - key < 40 ? sliceJsonValue(text, eq + 1, MAX_STATE_CHARS) : null;
    const parsed = json ? safeJson(undefinedToNull(json)) : undefined;
    const state = parsed?.ok ? asRecord(parsed.value) : undefined;
    if (!state) return { broken: true };
    return { cache: asRecord(state.apolloState) ?? state, broken: false };
  }
  return { broken: false };
}

/** The product's own entities by typename: keys like `CofrCoreFeature:Media:de:2901367` whose id part is the URL's. */
export function productEntities(cache: Record<string, unknown>, id: string): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  let seen = 0;
  for (const [key, value] of Object.entries(cache)) {
    if (++seen > MAX_KEYS) break;
    const colon = key.indexOf(':');
    if (colon < 0) continue;
    const typename = key.slice(0, colon);
    if (
      out.has(typename) ||
      !key
        .slice(colon + 1)
        .split(':')
        .includes(id)
    )
      continue;
    const record = asRecord(value);
    if (record) out.set(typename, record);
  }
  return out;
}

function amountOf(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : Number(asString(value));
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** The price the shopper pays (`price.amount`; a strike price, "UVP" or "statt", is never it). */
function priceOf(entities: Map<string, Record<string, unknown>>, fallbackCurrency: string): ListingPrice | undefined {
  const feature = entities.get('CofrPriceFeature');
  const price = asRecord(feature?.price);
  const currency = asString(price?.currency) ?? asString(feature?.currency) ?? fallbackCurrency;
  const amount = amountOf(price?.amount) ?? amountOf(asRecord(feature?.promoPrice)?.amount);
  if (amount !== undefined) return { amount, currency };
  // Older pages: a `GraphqlPrice` entity with the amount as `price`.
  const old = entities.get('GraphqlPrice');
  const oldAmount = amountOf(old?.price) ?? amountOf(old?.amount);
  return oldAmount !== undefined ? { amount: oldAmount, currency: asString(old?.currency) ?? currency } : undefined;
}

function availabilityOf(status: Record<string, unknown> | undefined): string | undefined {
  if (!status) return undefined;
  const online = asString(status.onlineStatus);
  if (online && /NOT_AVAILABLE|NOT_IN_ASSORTMENT/.test(online)) return 'OutOfStock';
  if (status.isAvailableAndBuyable === true || (online && /AVAILABLE/.test(online))) return 'InStock';
  if (status.isAvailableAndBuyable === false) return 'OutOfStock';
  return undefined;
}

function imagesOf(media: Record<string, unknown> | undefined): { url: string }[] {
  const urls: string[] = [];
  const main = asString(asRecord(media?.productMainImage)?.link);
  if (main) urls.push(main);
  const list = Array.isArray(media?.productImages) ? media.productImages.slice(0, 300) : [];
  for (const item of list) {
    const record = asRecord(item);
    const type = asString(record?.type) ?? asString(record?.__typename) ?? '';
    const link = asString(record?.link);
    if (link && !/video/i.test(type)) urls.push(link);
  }
  return urls.map((url) => ({ url }));
}

function extractMediaMarkt(ctx: AdapterContext): void {
  const id = mediaMarktProductId(ctx.url);
  if (id) readState(ctx, id);
  fillId(ctx, 'sku', id, 'url-path', null, 0.85);
  // The page's one h1 is the product name (the generic path would want structured data to agree with it).
  const h1 = ctx.index.byTagName('h1')[0];
  if (h1) fill(ctx, 'title', cleanText(h1.textContent), 'mediamarkt-dom', h1, 0.8);
}

function readState(ctx: AdapterContext, id: string): void {
  const { cache, broken } = apolloState(ctx);
  if (broken) ctx.warn('MediaMarkt page state is not valid JSON; read the page markup instead.');
  if (!cache) return;
  const entities = productEntities(cache, id);
  const core = entities.get('CofrCoreFeature');
  const product = entities.get('GraphqlProduct');
  if (!core && !product) {
    ctx.warn(`MediaMarkt page state has no product ${id}; read the page markup instead.`);
    return;
  }
  const strategy = 'mediamarkt-data';
  const title = asString(core?.productName) ?? asString(product?.title);
  // The state names the product; the heading showing the same name is recorded so a UI can highlight it.
  const heading = ctx.index
    .byTagName('h1')
    .slice(0, 5)
    .find((h1) => title !== undefined && cleanText(h1.textContent).toLowerCase() === title.toLowerCase());
  fill(ctx, 'title', title, strategy, heading, 0.9);
  const manufacturer = product?.manufacturer;
  fill(
    ctx,
    'brand',
    asString(core?.manufacturerName) ?? asString(manufacturer) ?? asString(asRecord(manufacturer)?.name),
    strategy,
    null,
    0.9,
  );
  const ean = asString(core?.ean) ?? asString(product?.ean);
  if (ean && /^\d{8,14}$/.test(ean)) fillId(ctx, 'gtin', ean, strategy, null, 0.9);
  fillPrice(ctx, priceOf(entities, currencyFromDomain(ctx.url) ?? 'EUR'), strategy, null, 0.9);
  fill(ctx, 'availability', availabilityOf(entities.get('CofrOnlineStatusFeature')), strategy, null, 0.85);
  const stats = asRecord(core?.reviewStatistics);
  const rating = parseNumber(asString(stats?.averageOverallRating));
  const count = parseCount(asString(stats?.totalReviewCount));
  if (rating !== null && rating > 0 && rating <= 5) fill(ctx, 'rating', rating, strategy, null, 0.9);
  fill(ctx, 'reviewCount', count ?? undefined, strategy, null, 0.9);
  fillImages(ctx, imagesOf(entities.get('CofrMediaAssetsFeature')), strategy);
}

export const mediaMarktAdapter: StoreAdapter = {
  id: 'mediamarkt',
  matches: (host) => isHostOfAny(host, ['mediamarkt'], MEDIAMARKT_SUFFIXES),
  extract: extractMediaMarkt,
};

/** Saturn runs on the same platform as MediaMarkt; only the store name differs. */
export const saturnAdapter: StoreAdapter = {
  id: 'saturn',
  matches: (host) => isHostOfAny(host, ['saturn'], SATURN_SUFFIXES),
  extract: extractMediaMarkt,
};
