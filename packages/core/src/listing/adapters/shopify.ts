/// <reference lib="dom" />
/** Shopify adapter: the storefront product JSON (price in cents), after the JSON-LD the generic adapter reads. */
import { asRecord, asString, htmlToText, safeJson } from '../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillPrice } from '../draft.js';
import { sliceJsonValue } from '../embedded-json.js';

const PRODUCT_JSON = [
  'script[type="application/json"][data-product-json]',
  'script[type="application/json"][id^="ProductJson"]',
  'product-info script[type="application/json"]',
].join(', ');

/** Shopify image URLs are often protocol-relative (`//cdn…`, even `https:////…`). */
export function absoluteUrl(url: string): string {
  const fixed = url.replace(/^https?:\/{3,}/, 'https://');
  return fixed.startsWith('//') ? `https:${fixed}` : fixed;
}

/** `ShopifyAnalytics.meta` (`var meta = {"product": …}`): vendor, variant SKUs and prices in cents. */
function readAnalyticsMeta(ctx: AdapterContext, currency?: string): void {
  for (const script of ctx.index.all('script:not([src])')) {
    const text = script.textContent ?? '';
    const at = text.indexOf('var meta = {"product"');
    if (at < 0) continue;
    const json = sliceJsonValue(text, at + 10);
    const parsed = json ? safeJson(json) : null;
    const product = parsed?.ok ? asRecord(asRecord(parsed.value)?.product) : undefined;
    if (!product) return;
    const strategy = 'shopify-analytics';
    fill(ctx, 'brand', asString(product.vendor), strategy);
    const variant = Array.isArray(product.variants) ? asRecord(product.variants[0]) : undefined;
    fillId(ctx, 'sku', asString(variant?.sku), strategy);
    const pageCurrency = /ShopifyAnalytics\.meta\.currency\s*=\s*'([A-Z]{3})'/.exec(text)?.[1] ?? currency;
    if (typeof variant?.price === 'number' && pageCurrency) {
      fillPrice(ctx, { amount: variant.price / 100, currency: pageCurrency }, strategy);
    }
    return;
  }
}

export function extractShopify(ctx: AdapterContext, currency?: string): void {
  const script = ctx.index.first(PRODUCT_JSON);
  if (!script) {
    readAnalyticsMeta(ctx, currency);
    return;
  }
  const parsed = safeJson(script.textContent ?? '');
  const product = parsed.ok ? (asRecord(asRecord(parsed.value)?.product) ?? asRecord(parsed.value)) : undefined;
  if (!product) {
    ctx.warn('Shopify product JSON is not valid JSON; skipped.');
    return;
  }
  const strategy = 'shopify-product-json';
  fill(ctx, 'title', asString(product.title), strategy);
  fill(ctx, 'brand', asString(product.vendor), strategy);
  // The storefront JSON has `description`; `/products/<handle>.json` and some themes give `body_html`.
  const description = asString(product.description) ?? asString(product.body_html);
  fill(ctx, 'description', description ? htmlToText(description) : undefined, strategy);
  const variants = Array.isArray(product.variants) ? product.variants.map(asRecord) : [];
  const first = variants.find(Boolean);
  fillId(ctx, 'sku', asString(first?.sku), strategy);
  fillId(ctx, 'gtin', asString(first?.barcode), strategy);
  const images = Array.isArray(product.images) ? product.images : [];
  fillImages(
    ctx,
    images.map((i) => ({ url: absoluteUrl(asString(i) ?? asString(asRecord(i)?.src) ?? '') })),
    strategy,
  );
  // The storefront JSON gives prices in cents of the presentment currency.
  const cents =
    typeof first?.price === 'number' ? first.price : typeof product.price === 'number' ? product.price : undefined;
  if (cents !== undefined && currency) fillPrice(ctx, { amount: cents / 100, currency }, strategy);
  const available = first?.available ?? product.available;
  if (typeof available === 'boolean') fill(ctx, 'availability', available ? 'InStock' : 'OutOfStock', strategy);
  readAnalyticsMeta(ctx, currency);
}
