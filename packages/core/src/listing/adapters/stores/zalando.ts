/// <reference lib="dom" />
/** Zalando adapter (zalando.de, .fr, .co.uk, …): the product of the page's config SKU in its rendering-engine data (GraphQL cache, older `articleInfo`), the name heading without brand and colour, and the size offers. */
import { asRecord, asString, cleanText, parseCount, parseNumber, safeJson, visibleText } from '../../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillPrice, priceFromText } from '../../draft.js';
import type { ListingPrice } from '../../listing-types.js';
import { availabilityName, type ProductFacts, productFacts } from '../../structured-data/product-node.js';
import { isHostOfAny, type StoreAdapter, type StructuredInput } from './store-adapter.js';

/** Zalando's country shops (zalando.de, en.zalando.de, zalando.co.uk…); zalando-lounge and zalando-prive are other shops. */
const ZALANDO_SUFFIXES = [
  '.de',
  '.at',
  '.ch',
  '.fr',
  '.be',
  '.nl',
  '.lu',
  '.it',
  '.es',
  '.pt',
  '.pl',
  '.cz',
  '.sk',
  '.hu',
  '.ro',
  '.se',
  '.dk',
  '.no',
  '.fi',
  '.ie',
  '.co.uk',
  '.lt',
  '.lv',
  '.ee',
  '.hr',
  '.si',
  '.gr',
  '.bg',
  '.com',
];

/** Scripts looked at for page data, at most. */
const MAX_SCRIPTS = 400;
/** Characters of one data script read (the GraphQL caches are 0.1–1 MB). */
const MAX_SCRIPT_CHARS = 3_000_000;
/** Characters of data scripts parsed per page, at most. */
const MAX_TOTAL_CHARS = 8_000_000;
/** Cache entries looked at per script. */
const MAX_ENTRIES = 5_000;
/** Headings looked at for the product name. */
const MAX_HEADINGS = 8;

/** The config SKU in a product URL (`…-acid-black-ar322o0bc-c11.html` → `AR322O0BC-C11`). */
export function configSkuFromUrl(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  return /(?:^|[/-])([a-z0-9]{9}-[a-z0-9]{3})\.html$/i.exec(path)?.[1]?.toUpperCase();
}

const CONFIG_SKU = /^[A-Z0-9]{9}-[A-Z0-9]{3}$/;

/** What the page's own data says about its product (the config SKU's entries, merged). */
export interface ZalandoProduct {
  name?: string;
  brand?: string;
  colour?: string;
  price?: ListingPrice;
  inStock?: boolean;
  images: string[];
  /** Whether `images` came from a gallery query (`galleryMedia`), not thumbnails. */
  fromGallery?: boolean;
  rating?: number;
  reviewCount?: number;
}

/** `<![CDATA[{…}]]>` as some fragments wrap their props. */
function unwrapCdata(text: string): string {
  let t = text.trim();
  if (t.startsWith('<![CDATA[')) t = t.slice(9);
  if (t.endsWith(']]>')) t = t.slice(0, -3);
  return t;
}

/** A price node `{ amount: 3499 (cents), formatted: "34,99 €" }` (the rendering engine's) to a price. */
function centsPrice(ctx: AdapterContext, node: unknown, currency?: string): ListingPrice | undefined {
  const record = asRecord(node);
  if (!record) return undefined;
  const formatted = asString(record.formatted);
  const fromText = formatted ? priceFromText(ctx, formatted, currency) : undefined;
  const cents = typeof record.amount === 'number' ? record.amount : Number.NaN;
  const code = currency ?? fromText?.currency;
  if (Number.isSafeInteger(cents) && cents >= 0 && code) return { amount: cents / 100, currency: code };
  return fromText;
}

/** Stock of the sizes (`simples[].offer.stock.quantity`): some size not OUT_OF_STOCK → in stock. */
function simplesInStock(simples: unknown): boolean | undefined {
  if (!Array.isArray(simples)) return undefined;
  let seen = false;
  for (const simple of simples.slice(0, 200)) {
    const quantity = asString(asRecord(asRecord(asRecord(simple)?.offer)?.stock)?.quantity);
    if (!quantity) continue;
    seen = true;
    if (quantity !== 'OUT_OF_STOCK') return true;
  }
  return seen ? false : undefined;
}

/** The currency a size offer names (`simples[].offer.price.original.currency`), if any. */
function simplesCurrency(simples: unknown): string | undefined {
  if (!Array.isArray(simples)) return undefined;
  for (const simple of simples.slice(0, 50)) {
    const price = asRecord(asRecord(asRecord(simple)?.offer)?.price);
    const code = asString(asRecord(price?.original)?.currency) ?? asString(asRecord(price?.promotional)?.currency);
    if (code && /^[A-Z]{3}$/.test(code)) return code;
  }
  return undefined;
}

function imageUris(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const item of list.slice(0, 300)) {
    const record = asRecord(item);
    const type = asString(record?.__typename);
    // Videos and 360° views share the gallery list.
    if (type && type !== 'Image') continue;
    const uri = asString(record?.uri);
    if (uri) out.push(uri);
  }
  return out;
}

/** Merges one GraphQL `product` entry of the config SKU into `into` (first value of each field wins). */
function mergeGraphql(ctx: AdapterContext, into: ZalandoProduct, product: Record<string, unknown>): void {
  into.name ??= asString(product.name);
  into.brand ??= asString(asRecord(product.brand)?.name);
  into.colour ??= asString(asRecord(product.color)?.name);
  if (typeof product.inStock === 'boolean') into.inStock ??= product.inStock;
  else into.inStock ??= simplesInStock(product.simples);
  const display = asRecord(product.displayPrice);
  const currency = simplesCurrency(product.simples);
  // The promotional price is the one shown large (sale or "ab" lower bound); the original is struck through.
  const price = centsPrice(ctx, display?.promotional, currency) ?? centsPrice(ctx, display?.original, currency);
  into.price ??= price;
  // The gallery query's large images beat the thumbnails (`media`, 103 px) other queries carry.
  const gallery = imageUris(product.galleryMedia);
  if (gallery.length > 0 && !into.fromGallery) {
    into.images = gallery;
    into.fromGallery = true;
  } else if (into.images.length === 0) into.images = imageUris(product.media);
}

/** The older layout's `articleInfo` (2018–2020 pages): name, brand, price value, availability, media, ratings. */
function mergeArticleInfo(into: ZalandoProduct, info: Record<string, unknown>): void {
  into.name ??= asString(info.name);
  into.brand ??= asString(asRecord(info.brand)?.name) ?? asString(info.brand);
  into.colour ??= asString(info.color);
  if (typeof info.available === 'boolean') into.inStock ??= info.available;
  const price = asRecord(asRecord(info.displayPrice)?.price);
  const value = typeof price?.value === 'number' ? price.value : undefined;
  const currency = asString(price?.currency);
  if (value !== undefined && currency) into.price ??= { amount: value, currency };
  if (into.images.length === 0) {
    const images = asRecord(info.media)?.images;
    if (Array.isArray(images)) {
      for (const image of images.slice(0, 300)) {
        const sources = asRecord(asRecord(image)?.sources);
        const url = asString(sources?.zoom) ?? asString(sources?.gallery) ?? asString(sources?.colorBig);
        if (url) into.images.push(url);
      }
    }
  }
  const rating = parseNumber(asString(info.averageStarRating));
  const count = parseCount(asString(info.reviewsCount));
  if (rating !== null && count !== null && count > 0) into.rating ??= rating;
  if (count !== null) into.reviewCount ??= count;
}

/**
 * The page's product in its own data: GraphQL cache entries (`graphqlCache`, `apolloState`) whose
 * `product.sku` is the config SKU, and the older `articleInfo` of that id. The caches also hold dozens of
 * recommended products with the same shape; their SKUs differ, so they are never read.
 */
export function readZalandoData(ctx: AdapterContext, sku: string): ZalandoProduct | undefined {
  const product: ZalandoProduct = { images: [] };
  let found = false;
  let budget = MAX_TOTAL_CHARS;
  for (const script of ctx.index.byTagName('script').slice(0, MAX_SCRIPTS)) {
    if (script.hasAttribute('src') || !(script.getAttribute('type') ?? '').includes('json')) continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS || text.length > budget || !text.includes(sku)) continue;
    budget -= text.length;
    const parsed = safeJson(unwrapCdata(text));
    const root = parsed.ok ? asRecord(parsed.value) : undefined;
    if (!root) continue;
    const info = asRecord(asRecord(root.model)?.articleInfo);
    if (info && asString(info.id)?.toUpperCase() === sku) {
      mergeArticleInfo(product, info);
      found = true;
    }
    const cache = asRecord(root.graphqlCache) ?? asRecord(root.apolloState);
    if (!cache) continue;
    let seen = 0;
    for (const entry of Object.values(cache)) {
      if (++seen > MAX_ENTRIES) break;
      const node = asRecord(asRecord(asRecord(entry)?.data)?.product);
      if (!node) continue;
      const id = asString(node.sku) ?? asString(node.configSku);
      if (id?.toUpperCase() !== sku) continue;
      mergeGraphql(ctx, product, node);
      found = true;
    }
  }
  return found ? product : undefined;
}

const squash = (s: string) => cleanText(s).toLowerCase();

/** `text` without a leading brand ("Nike Sportswear AIR FORCE 1 - Sneaker" → "AIR FORCE 1 - Sneaker"). */
export function withoutBrand(text: string, brand: string | undefined): string {
  const clean = cleanText(text);
  if (!brand) return clean;
  const b = squash(brand);
  const lower = clean.toLowerCase();
  if (!lower.startsWith(b) || lower.length === b.length) return clean;
  const rest = clean.slice(b.length);
  // Only at a word boundary: "Only" must not be cut from "ONLYONE".
  if (!/^[\s\-–|:]/.test(rest)) return clean;
  return rest.replace(/^[\s\-–|:]+/, '');
}

/** `text` without a trailing " - colour" for any of `colours` ("JAAMES - T-Shirt print - acid black" → "JAAMES - T-Shirt print"). */
export function withoutColour(text: string, colours: readonly string[]): string {
  const lower = text.toLowerCase();
  for (const colour of colours) {
    const suffix = ` - ${squash(colour)}`;
    if (colour && lower.endsWith(suffix) && lower.length > suffix.length) return text.slice(0, -suffix.length).trim();
  }
  return text;
}

/** The brand shown above the name heading: a short `h2`/`h3` (or a link's title) in an element just before it. */
function brandAboveHeading(heading: Element): { text: string; el: Element } | undefined {
  let node: Element | null = heading;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let i = 0; sibling && i < 2; i++, sibling = sibling.previousElementSibling) {
      const el = sibling.matches('h2, h3') ? sibling : sibling.querySelector('h2, h3');
      const text = el ? visibleText(el, { maxChars: 120 }) : '';
      if (el && text && text.length <= 60) return { text, el };
    }
  }
  return undefined;
}

/** The name heading: the first `h1` that (without the brand) starts one of the page's names; any first `h1` when there are none. */
function nameHeading(
  ctx: AdapterContext,
  brand: string | undefined,
  names: readonly string[],
): { text: string; el: Element } | undefined {
  const wanted = names.map(squash).filter(Boolean);
  for (const el of ctx.index.byTagName('h1').slice(0, MAX_HEADINGS)) {
    const text = withoutBrand(visibleText(el, { separate: true, maxChars: 400 }), brand);
    if (!text) continue;
    const lower = squash(text);
    if (wanted.length === 0 || wanted.some((name) => name.startsWith(lower) || lower.startsWith(name)))
      return { text, el };
  }
  return undefined;
}

/** JSON-LD offers, one per size: the lowest price (what "ab 37,45 €" shows) and whether any size is in stock. */
export function sizeOffers(node: Record<string, unknown> | undefined): { price?: ListingPrice; availability?: string } {
  const offers = node?.offers;
  const list = Array.isArray(offers) ? offers : offers ? [offers] : [];
  let price: ListingPrice | undefined;
  let any = false;
  let inStock = false;
  for (const raw of list.slice(0, 300)) {
    const offer = asRecord(raw);
    if (!offer) continue;
    const amount = Number(asString(offer.price));
    const currency = asString(offer.priceCurrency);
    if (Number.isFinite(amount) && amount > 0 && currency && (!price || amount < price.amount))
      price = { amount, currency: currency.toUpperCase() };
    const status = availabilityName(offer.availability);
    if (status) any = true;
    if (status === 'InStock' || status === 'LimitedAvailability') inStock = true;
  }
  return {
    ...(price ? { price } : {}),
    ...(any ? { availability: inStock ? 'InStock' : 'OutOfStock' } : {}),
  };
}

function extractZalando(ctx: AdapterContext, structured: StructuredInput): void {
  const node = structured.jsonLd[0];
  const facts: ProductFacts | undefined = node ? productFacts(node) : undefined;
  const ldSku = facts?.sku?.toUpperCase();
  const sku = configSkuFromUrl(ctx.url) ?? (ldSku && CONFIG_SKU.test(ldSku) ? ldSku : undefined);
  const data = sku ? readZalandoData(ctx, sku) : undefined;
  const strategy = 'zalando-data';

  const ldColour = asString(node?.color);
  const colours = [data?.colour, ldColour?.split('/')[0], ldColour].filter((c): c is string => Boolean(c));
  let brand = data?.brand ?? facts?.brand;
  const heading = nameHeading(
    ctx,
    brand,
    [data?.name, facts?.title].filter((n): n is string => Boolean(n)),
  );
  if (!brand && heading) {
    const above = brandAboveHeading(heading.el);
    if (above) {
      brand = above.text;
      fill(ctx, 'brand', above.text, 'zalando-dom', above.el, 0.75);
    }
  }
  fill(ctx, 'brand', data?.brand, strategy, null, 0.9);

  // The heading is the name without brand or colour; the data's name appends the colour.
  if (heading) fill(ctx, 'title', withoutColour(heading.text, colours), 'zalando-dom', heading.el, 0.95);
  const name = data?.name ?? facts?.title;
  if (name) {
    const bare = withoutBrand(name, brand);
    const stripped = withoutColour(bare, colours);
    // "MODEL - Category - colour" when the colour is not known: the last part is the colour.
    const cut = stripped === bare && bare.split(' - ').length >= 3 ? bare.slice(0, bare.lastIndexOf(' - ')) : stripped;
    fill(ctx, 'title', cleanText(cut), data?.name ? strategy : 'json-ld', null, 0.75);
  }

  if (sku) fillId(ctx, 'sku', sku, ldSku === sku ? 'json-ld' : 'url-path', null, 0.9);

  const offers = sizeOffers(node);
  fillPrice(ctx, data?.price, strategy, null, 0.9);
  fillPrice(ctx, offers.price, 'json-ld', null, 0.85);
  if (data?.inStock !== undefined)
    fill(ctx, 'availability', data.inStock ? 'InStock' : 'OutOfStock', strategy, null, 0.9);
  fill(ctx, 'availability', offers.availability, 'json-ld', null, 0.85);

  fillImages(
    ctx,
    (data?.images ?? []).map((url) => ({ url })),
    strategy,
  );
  // JSON-LD carries the ratings on current pages; the older articleInfo has them too.
  if (facts?.rating === undefined) fill(ctx, 'rating', data?.rating, strategy, null, 0.85);
  if (facts?.reviewCount === undefined) fill(ctx, 'reviewCount', data?.reviewCount, strategy, null, 0.85);
}

export const zalandoAdapter: StoreAdapter = {
  id: 'zalando',
  matches: (host) => isHostOfAny(host, ['zalando'], ZALANDO_SUFFIXES),
  extract: extractZalando,
};
