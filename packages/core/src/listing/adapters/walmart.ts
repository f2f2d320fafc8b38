/// <reference lib="dom" />
/** Walmart adapter: the `__NEXT_DATA__` product and idml objects, located by key shape, with DOM fallbacks. */
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
} from '../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillList, fillPrice, priceFromText } from '../draft.js';

/** Finds the first object for which `match` holds, breadth-first and bounded (the path moves without notice). */
export function findByShape(
  root: unknown,
  match: (node: Record<string, unknown>) => boolean,
  maxNodes = 20_000,
): Record<string, unknown> | undefined {
  const queue: unknown[] = [root];
  // A read index instead of `shift()`, which can copy the rest of a long queue on every call.
  let head = 0;
  while (head < queue.length && head < maxNodes) {
    const node = queue[head++];
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) queue.push(item);
      continue;
    }
    const record = asRecord(node);
    if (!record) continue;
    if (match(record)) return record;
    for (const value of Object.values(record)) if (typeof value === 'object' && value !== null) queue.push(value);
  }
  return undefined;
}

const isProduct = (n: Record<string, unknown>) =>
  typeof n.name === 'string' && ('usItemId' in n || 'priceInfo' in n) && ('imageInfo' in n || 'averageRating' in n);
const isIdml = (n: Record<string, unknown>) => 'longDescription' in n || 'specifications' in n;

const AVAILABILITY: Record<string, string> = {
  IN_STOCK: 'InStock',
  OUT_OF_STOCK: 'OutOfStock',
  LIMITED_STOCK: 'LimitedAvailability',
  PRE_ORDER: 'PreOrder',
  NOT_AVAILABLE: 'OutOfStock',
};

export function itemIdFromUrl(url: string): string | undefined {
  return /\/ip\/(?:[^/?#]+\/)?(\d{5,})(?=[/?#]|$)/.exec(url)?.[1];
}

function readNextData(ctx: AdapterContext): void {
  const script = ctx.index.first('script#__NEXT_DATA__');
  if (!script) return;
  const parsed = safeJson(script.textContent ?? '');
  if (!parsed.ok) {
    ctx.warn('Walmart __NEXT_DATA__ is not valid JSON; fell back to the DOM.');
    return;
  }
  const data = asRecord(asRecord(asRecord(asRecord(asRecord(parsed.value)?.props)?.pageProps)?.initialData)?.data);
  const product = asRecord(data?.product) ?? findByShape(parsed.value, isProduct);
  const idml = asRecord(data?.idml) ?? findByShape(parsed.value, isIdml);
  if (!product) {
    ctx.warn('Walmart __NEXT_DATA__ has no product object; fell back to the DOM.');
    return;
  }
  const strategy = 'next-data';
  // The value comes from JSON; the visible heading is recorded so a UI can still highlight it.
  const heading = ctx.index.first('h1#main-title, h1[itemprop="name"]');
  fill(ctx, 'title', asString(product.name), strategy, heading);
  fill(ctx, 'brand', asString(product.brand), strategy);
  fillId(ctx, 'itemId', asString(product.usItemId), strategy);
  fillId(ctx, 'gtin', asString(product.upc) ?? asString(product.gtin13), strategy);
  fillId(ctx, 'sku', asString(product.sku), strategy);

  const keyFeatures = Array.isArray(product.keyFeatures)
    ? product.keyFeatures.map((f) => asString(f) ?? '').filter(Boolean)
    : [];
  const fromIdml = htmlListItems(asString(idml?.longDescription) ?? '');
  fillList(
    ctx,
    'bullets',
    (keyFeatures.length > 0 ? keyFeatures : fromIdml).map((text) => ({ text })),
    strategy,
  );
  const description = asString(product.shortDescription) ?? asString(idml?.shortDescription);
  fill(ctx, 'description', description ? htmlToText(description) : undefined, strategy);

  const imageInfo = asRecord(product.imageInfo);
  const all = Array.isArray(imageInfo?.allImages) ? imageInfo.allImages : [];
  fillImages(
    ctx,
    all.map((i) => ({ url: asString(asRecord(i)?.url) ?? '' })),
    strategy,
  );
  if (Array.isArray(idml?.videos)) ctx.listing.videoCount = idml.videos.length;

  const current = asRecord(asRecord(product.priceInfo)?.currentPrice);
  const amount = typeof current?.price === 'number' ? current.price : undefined;
  const currency = asString(current?.currencyUnit) ?? 'USD';
  if (amount !== undefined) fillPrice(ctx, { amount, currency }, strategy);
  else if (current?.priceString) fillPrice(ctx, priceFromText(ctx, String(current.priceString), currency), strategy);

  const status = asString(product.availabilityStatus);
  fill(ctx, 'availability', status ? (AVAILABILITY[status] ?? status) : undefined, strategy);
  fill(ctx, 'rating', parseNumber(asString(product.averageRating)) ?? undefined, strategy);
  fill(ctx, 'reviewCount', parseCount(asString(product.numberOfReviews)) ?? undefined, strategy);
  const path = asRecord(product.category)?.path;
  if (Array.isArray(path)) {
    fillList(
      ctx,
      'breadcrumbs',
      path.map((p) => ({ text: asString(asRecord(p)?.name) ?? '' })),
      strategy,
    );
  }
}

export function extractWalmart(ctx: AdapterContext): void {
  readNextData(ctx);
  fillId(ctx, 'itemId', itemIdFromUrl(ctx.url), 'url');
  if (!ctx.listing.title) {
    const title = firstText(ctx.index, ['h1#main-title', 'h1[itemprop="name"]']);
    fill(ctx, 'title', title?.text, 'walmart-dom', title?.el);
  }
  const price = !ctx.listing.price && firstText(ctx.index, ['[itemprop="price"]']);
  if (price) fillPrice(ctx, priceFromText(ctx, price.text, 'USD'), 'walmart-dom', price.el);
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
