/// <reference lib="dom" />
/** Target adapter: the product in the page state (`__TGT_DATA__` preloaded queries, `__NEXT_DATA__`), found by TCIN, with `data-test` DOM fallbacks. */
import { asRecord, asString, htmlToText, parseCount, parseNumber, safeJson, visibleText } from '../../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillList, fillPrice, priceFromText } from '../../draft.js';
import { sliceJsonValue } from '../../embedded-json.js';
import { decodeEntities } from '../../html-text.js';
import type { ListingPrice } from '../../listing-types.js';
import { isHostOf, type StoreAdapter } from './store-adapter.js';

/** Characters of one state script read; Target's state is 0.5–2 MB. */
const MAX_STATE_CHARS = 4_000_000;
/** Scripts looked at for state, at most (the state is near the top of the body). */
const MAX_SCRIPTS = 300;
/** Objects visited when looking for the product in a state tree. */
const MAX_NODES = 60_000;

/** The TCIN in a product URL (`/p/name/-/A-12345678`), or the preselected variant (`?preselect=87654321`). */
export function tcinFromUrl(url: string): { tcin?: string; preselect?: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return {};
  }
  const tcin = /\/A-(\d{5,12})(?=[/?#]|$)/.exec(u.pathname)?.[1];
  const preselect = u.searchParams.get('preselect') ?? undefined;
  return {
    ...(tcin ? { tcin } : {}),
    ...(preselect && /^\d{5,12}$/.test(preselect) ? { preselect } : {}),
  };
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/**
 * The value of the JavaScript string literal whose opening quote is at `at` (`JSON.parse("{\"a\":1}")` holds one),
 * read in one pass with JavaScript's escapes; undefined when it does not close within `maxChars`.
 */
export function readStringLiteral(text: string, at: number, maxChars = MAX_STATE_CHARS): string | undefined {
  const quote = text[at];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = Math.min(text.length, at + 1 + maxChars);
  const parts: string[] = [];
  let from = at + 1;
  for (let i = from; i < end; i++) {
    const c = text[i];
    if (c === quote) {
      parts.push(text.slice(from, i));
      return parts.join('');
    }
    if (c !== '\\') continue;
    parts.push(text.slice(from, i));
    const next = text[i + 1] ?? '';
    if (next === 'x' || next === 'u') {
      const braced = next === 'u' && text[i + 2] === '{';
      const close = braced ? text.indexOf('}', i + 3) : -1;
      const hex = braced ? text.slice(i + 3, close) : text.slice(i + 2, i + (next === 'x' ? 4 : 6));
      const code = /^[0-9a-fA-F]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
      if (!(code <= 0x10ffff)) return undefined;
      parts.push(String.fromCodePoint(code));
      i = braced ? close : i + 1 + hex.length;
    } else if (next === '\n') {
      i++;
    } else {
      parts.push(SIMPLE_ESCAPES[next] ?? next);
      i++;
    }
    from = i + 1;
  }
  return undefined;
}

/** The state object of `'__TGT_DATA__': {…, value: deepFreeze(JSON.parse("…"))}` or a plain `__TGT_DATA__ = {…}`. */
function tgtData(text: string): unknown {
  const key = text.indexOf('__TGT_DATA__');
  if (key < 0) return undefined;
  const call = text.indexOf('JSON.parse(', key);
  // The next key's JSON.parse is not ours: it must start within a short distance of the key.
  if (call >= 0 && call - key < 300) {
    let at = call + 'JSON.parse('.length;
    while (at < text.length && at - call < 40 && (text[at] === ' ' || text[at] === '\n')) at++;
    const literal = readStringLiteral(text, at);
    const parsed = literal === undefined ? undefined : safeJson(literal);
    return parsed?.ok ? parsed.value : undefined;
  }
  const json = sliceJsonValue(text, key + '__TGT_DATA__'.length, MAX_STATE_CHARS);
  const parsed = json ? safeJson(json) : undefined;
  return parsed?.ok ? parsed.value : undefined;
}

/** The parsed state trees of the page: `__TGT_DATA__` and `__NEXT_DATA__`, each script parsed once. */
function stateRoots(ctx: AdapterContext): { roots: unknown[]; broken: boolean } {
  const roots: unknown[] = [];
  let broken = false;
  const next = ctx.index.first('script#__NEXT_DATA__');
  if (next) {
    const parsed = safeJson((next.textContent ?? '').slice(0, MAX_STATE_CHARS));
    if (parsed.ok) roots.push(parsed.value);
    else broken = true;
  }
  for (const script of ctx.index.byTagName('script').slice(0, MAX_SCRIPTS)) {
    if (script === next || script.hasAttribute('src')) continue;
    const text = script.textContent ?? '';
    if (!text.includes('__TGT_DATA__')) continue;
    const value = tgtData(text.slice(0, MAX_STATE_CHARS));
    if (value === undefined) broken = true;
    else roots.push(value);
  }
  return { roots, broken };
}

const idOf = (node: Record<string, unknown> | undefined) => asString(node?.tcin);

export interface TargetProduct {
  product: Record<string, unknown>;
  /** The variant the URL names (`A-<child tcin>` or `?preselect=`), when it is one of the product's children. */
  child?: Record<string, unknown> | undefined;
  /** The product's fulfillment (its own or from a separate query for the same TCIN). */
  fulfillment?: Record<string, unknown> | undefined;
}

/**
 * The page's product: the node with a `tcin` and an `item` whose TCIN (or one of whose children's) is the URL's.
 * Recommendations carry the same shape, so without a TCIN in the URL only the PDP query's product is taken.
 */
export function findTargetProduct(roots: readonly unknown[], url: string): TargetProduct | undefined {
  const { tcin, preselect } = tcinFromUrl(url);
  const wanted = preselect ?? tcin;
  const queue: unknown[] = [...roots];
  const fulfillments = new Map<string, Record<string, unknown>>();
  let found: TargetProduct | undefined;
  let pdp: Record<string, unknown> | undefined;
  for (let head = 0; head < queue.length && head < MAX_NODES; head++) {
    const node = queue[head];
    if (Array.isArray(node)) {
      // A preloaded query is `[[name, params], { data: { product } }]`: the PDP query names itself.
      const name = Array.isArray(node[0]) ? asString(node[0][0]) : asString(asRecord(node[0])?.name);
      const product = asRecord(asRecord(asRecord(node[1])?.data)?.product);
      if (!pdp && name && /pdp/i.test(name) && asRecord(product?.item)) pdp = product;
      for (const item of node) if (typeof item === 'object' && item !== null) queue.push(item);
      continue;
    }
    const record = asRecord(node);
    if (!record) continue;
    const id = idOf(record);
    const fulfillment = asRecord(record.fulfillment);
    if (id && fulfillment && !fulfillments.has(id)) fulfillments.set(id, fulfillment);
    if (!found && id && wanted && asRecord(record.item)) {
      const children = Array.isArray(record.children) ? record.children.slice(0, 500).map(asRecord) : [];
      const child = children.find((c) => idOf(c) === wanted);
      if (id === wanted || id === tcin || child) found = { product: record, child };
    }
    for (const value of Object.values(record)) if (typeof value === 'object' && value !== null) queue.push(value);
  }
  const result = found ?? (pdp && (!tcin || idOf(pdp) === tcin) ? { product: pdp } : undefined);
  if (!result) return undefined;
  const own = idOf(result.child) ?? idOf(result.product);
  result.fulfillment =
    asRecord(result.child?.fulfillment) ??
    asRecord(result.product.fulfillment) ??
    (own ? fulfillments.get(own) : undefined);
  return result;
}

const AVAILABILITY: Record<string, string> = {
  IN_STOCK: 'InStock',
  LIMITED_STOCK: 'LimitedAvailability',
  OUT_OF_STOCK: 'OutOfStock',
  UNAVAILABLE: 'OutOfStock',
  DISCONTINUED: 'Discontinued',
  PRE_ORDER_SELLABLE: 'PreOrder',
  PRE_ORDER_UNSELLABLE: 'PreOrder',
  BACKORDER: 'BackOrder',
};

/** The shopper's price of a price node: `current_retail`, the lower bound of a range, or the formatted text. */
function priceOf(ctx: AdapterContext, price: Record<string, unknown> | undefined): ListingPrice | undefined {
  if (!price) return undefined;
  const currency = asString(price.currency_code) ?? 'USD';
  for (const key of ['current_retail', 'current_retail_min']) {
    const amount = price[key];
    if (typeof amount === 'number' && Number.isFinite(amount) && amount > 0) return { amount, currency };
  }
  const text = asString(price.formatted_current_price);
  // "$14.99 - $29.99": the first amount is the range's lower bound; "See price in cart" has none.
  return text ? priceFromText(ctx, text, currency) : undefined;
}

function imagesOf(item: Record<string, unknown> | undefined): { url: string }[] {
  const images = asRecord(asRecord(item?.enrichment)?.images);
  if (!images) return [];
  const urls: string[] = [];
  const primary = asString(images.primary_image_url);
  if (primary) urls.push(primary);
  const alternates = Array.isArray(images.alternate_image_urls) ? images.alternate_image_urls : [];
  for (const url of alternates.slice(0, 300)) {
    const s = asString(url);
    if (s) urls.push(s);
  }
  // The older shape: a base URL and image names.
  const base = asString(images.base_url);
  if (base && urls.length === 0) {
    const names = [images.primary, ...(Array.isArray(images.alternate_urls) ? images.alternate_urls : [])];
    for (const name of names.slice(0, 300)) {
      const s = asString(name);
      if (s) urls.push(`${base}${s}`);
    }
  }
  return urls.map((url) => ({ url }));
}

/** A 12- or 13-digit UPC/EAN; DPCI ("123-45-6789") is Target's department number, not a GTIN. */
function gtinOf(item: Record<string, unknown> | undefined): string | undefined {
  const barcode = asString(item?.primary_barcode) ?? asString(item?.upc);
  return barcode && /^\d{8,14}$/.test(barcode) ? barcode : undefined;
}

const HEADING = 'h1[data-test="product-title"]';

function readState(ctx: AdapterContext, found: TargetProduct): void {
  const strategy = 'target-data';
  const { product, child } = found;
  const item = asRecord(product.item);
  const childItem = asRecord(child?.item);
  const description = asRecord(item?.product_description);
  const heading = ctx.index.first(HEADING);
  const title = asString(description?.title);
  fill(ctx, 'title', title ? decodeEntities(title) : undefined, strategy, heading, 0.95);
  const brand = asString(asRecord(item?.primary_brand)?.name) ?? asString(asRecord(item?.product_brand)?.brand);
  fill(ctx, 'brand', brand ? decodeEntities(brand) : undefined, strategy, null, 0.95);
  const tcin = idOf(child) ?? idOf(product);
  fillId(ctx, 'sku', tcin, strategy, null, 0.95);
  fillId(ctx, 'itemId', tcin, strategy, null, 0.95);
  fillId(ctx, 'gtin', gtinOf(childItem) ?? gtinOf(item), strategy, null, 0.9);

  const soft = asRecord(description?.soft_bullets)?.bullets;
  const highlights = Array.isArray(soft) ? soft.slice(0, 200).map((b) => htmlToText(asString(b) ?? '')) : [];
  fillList(
    ctx,
    'bullets',
    highlights.map((text) => ({ text })),
    strategy,
  );
  const copy = asString(description?.downstream_description);
  fill(ctx, 'description', copy ? htmlToText(copy) : undefined, strategy);
  const childImages = imagesOf(childItem);
  fillImages(ctx, childImages.length > 0 ? childImages : imagesOf(item), strategy);

  const price = priceOf(ctx, asRecord(child?.price)) ?? priceOf(ctx, asRecord(product.price));
  fillPrice(ctx, price, strategy, ctx.index.first('span[data-test="product-price"]'), 0.95);

  const fulfillment = found.fulfillment;
  const status = asString(asRecord(fulfillment?.shipping_options)?.availability_status);
  const availability = fulfillment?.sold_out === true ? 'OutOfStock' : status ? AVAILABILITY[status] : undefined;
  fill(ctx, 'availability', availability, strategy, null, 0.85);

  const stats = asRecord(asRecord(product.ratings_and_reviews)?.statistics);
  const rating = asRecord(stats?.rating);
  const average = typeof rating?.average === 'number' ? rating.average : parseNumber(asString(rating?.average));
  // Target shows the number of star ratings beside the stars ("4.6 · 2,035 ratings"); written reviews are fewer.
  const count = parseCount(asString(rating?.count)) ?? parseCount(asString(stats?.review_count));
  if (average !== null && average !== undefined && average > 0) {
    // Shown with one decimal beside the stars ("4.7"); the state keeps more digits.
    fill(ctx, 'rating', Math.round(average * 10) / 10, strategy, null, 0.95);
    fill(ctx, 'reviewCount', count ?? undefined, strategy, null, 0.95);
  } else if (count === 0) fill(ctx, 'reviewCount', 0, strategy, null, 0.9);
}

/** "4.6 out of 5 stars with 2035 ratings" (the ratings link's screen-reader text) → rating and count. */
export function parseRatingsLabel(text: string): { rating?: number; count?: number } {
  const lower = text.slice(0, 300).toLowerCase();
  const out = lower.indexOf(' out of 5');
  const rating = out > 0 ? parseNumber(lower.slice(Math.max(0, out - 4), out)) : null;
  const withAt = lower.indexOf('with ', out);
  const count = withAt > 0 ? parseCount(lower.slice(withAt + 5, withAt + 20)) : null;
  return {
    ...(rating !== null && rating <= 5 ? { rating } : {}),
    ...(count !== null ? { count } : {}),
  };
}

/** The product-detail markup: `data-test` attributes that have named the title, price and ratings for years. */
function readDom(ctx: AdapterContext): void {
  const strategy = 'target-dom';
  const crumbs = ctx.index.all('a[data-test="@web/Breadcrumbs/BreadcrumbLink"]').slice(0, 60);
  const items = crumbs.map((a) => ({ text: visibleText(a), el: a }));
  fillList(ctx, 'breadcrumbs', items, strategy, 'a[data-test="@web/Breadcrumbs/BreadcrumbLink"]');
  const heading = ctx.index.first(HEADING);
  if (heading) fill(ctx, 'title', visibleText(heading, { separate: true }), strategy, heading, 0.9);
  const priceEl = ctx.index.first('span[data-test="product-price"], div[data-test="product-price"]');
  if (priceEl) fillPrice(ctx, priceFromText(ctx, visibleText(priceEl), 'USD'), strategy, priceEl, 0.85);
  const ratings = ctx.index.first('span[data-test="ratings"], div[data-test="ratings"], a[data-test="ratings"]');
  if (ratings) {
    const { rating, count } = parseRatingsLabel(
      visibleText(ratings, { separate: true }) || (ratings.textContent ?? ''),
    );
    if (rating !== undefined) fill(ctx, 'rating', rating, strategy, ratings, 0.85);
    if (rating !== undefined) fill(ctx, 'reviewCount', count, strategy, ratings, 0.85);
  }
}

export const targetAdapter: StoreAdapter = {
  id: 'target',
  matches: (host) => isHostOf(host, 'target.com'),
  extract(ctx) {
    const { roots, broken } = stateRoots(ctx);
    const found = findTargetProduct(roots, ctx.url);
    if (found) readState(ctx, found);
    else if (broken) ctx.warn('Target page state is not valid JSON; read the product-detail markup instead.');
    else if (roots.length > 0) ctx.warn("Target page state has no product for this page's TCIN; read the markup.");
    readDom(ctx);
    const { tcin } = tcinFromUrl(ctx.url);
    fillId(ctx, 'sku', tcin, 'url-path');
    fillId(ctx, 'itemId', tcin, 'url-path');
  },
};
