/// <reference lib="dom" />
/**
 * BigCommerce adapter (Stencil themes such as Cornerstone): the page's `BCData.product_attributes` (price with
 * and without tax, price range, SKU, UPC, stock) and the `productView` markup (title, brand, the shown price,
 * SKU, stock, thumbnails, rating), so a related product's card or a struck RRP never counts.
 */
import { asRecord, asString, cleanText, isHidden, parseCount, safeJson, textOf } from '../../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillPrice, priceFromText } from '../../draft.js';
import { sliceJsonValue } from '../../embedded-json.js';
import type { ListingImage, ListingPrice } from '../../listing-types.js';
import { inOtherProducts } from '../../other-products.js';
import type { PageIndex } from '../../page-index.js';
import { productFacts } from '../../structured-data/product-node.js';
import { fillFromReviewApps } from '../review-apps.js';
import type { StoreAdapter, StructuredInput } from './store-adapter.js';
import { structuredCurrency } from './structured-currency.js';

/** Inline scripts looked at for `var BCData`, which sits near the top of the body. */
const MAX_SCRIPTS = 300;
/** Thumbnails read, at most. */
const MAX_IMAGES = 200;

const strategy = 'bigcommerce-dom';
const dataStrategy = 'bigcommerce-data';

/** The main product view: the first `.productView` outside the quick-view modal and product cards. */
export function productView(index: PageIndex): Element | null {
  for (const el of index.all('.productView').slice(0, 20)) {
    if (!el.closest('#modal, .modal, .quickView') && !inOtherProducts(el)) return el;
  }
  return null;
}

/** `BCData.product_attributes` from the page's inline script, or undefined. */
export function readBcData(index: PageIndex): Record<string, unknown> | undefined {
  for (const script of index.byTagName('script').slice(0, MAX_SCRIPTS)) {
    if (script.hasAttribute('src')) continue;
    const text = script.textContent ?? '';
    const at = text.indexOf('BCData');
    if (at < 0) continue;
    const json = sliceJsonValue(text, at + 6);
    const parsed = json ? safeJson(json) : undefined;
    const attributes = parsed?.ok ? asRecord(asRecord(parsed.value)?.product_attributes) : undefined;
    if (attributes) return attributes;
  }
  return undefined;
}

/** A `{ value, currency }` money object of BCData. */
function money(value: unknown, fallbackCurrency: string | undefined): ListingPrice | undefined {
  const record = asRecord(value);
  const amount = typeof record?.value === 'number' ? record.value : undefined;
  const currency = asString(record?.currency)?.toUpperCase() ?? fallbackCurrency;
  return amount !== undefined && amount >= 0 && currency && /^[A-Z]{3}$/.test(currency)
    ? { amount, currency }
    : undefined;
}

/** The section (`.price-section`) around a current-price element, which the theme hides when it does not apply. */
function sectionOf(view: Element, selector: string): Element | null {
  const el = view.querySelector(selector);
  return el ? (el.closest('.price-section') ?? el) : null;
}

/** Whether the page shows prices with tax: the with-tax price's section is shown and the without-tax one is not. */
function showsTax(view: Element): boolean {
  const withTax = sectionOf(view, '[data-product-price-with-tax]');
  const withoutTax = sectionOf(view, '[data-product-price-without-tax]');
  if (!withTax || isHidden(withTax)) return false;
  return !withoutTax || isHidden(withoutTax);
}

/**
 * The price from BCData: the lowest of a price range (options not chosen yet), else the price the page shows
 * (with or without tax). A sale price is the price; the non-sale and RRP prices are struck through.
 */
function dataPrice(
  data: Record<string, unknown>,
  tax: boolean,
  currency: string | undefined,
): ListingPrice | undefined {
  const price = asRecord(data.price);
  if (!price) return undefined;
  const key = tax ? 'with_tax' : 'without_tax';
  const other = tax ? 'without_tax' : 'with_tax';
  const min = asRecord(asRecord(price.price_range)?.min);
  return (
    money(min?.[key], currency) ??
    money(min?.[other], currency) ??
    money(price[key], currency) ??
    money(price[other], currency)
  );
}

/** The shown price element: `[data-product-price-with-tax]` or `-without-tax`, whichever section is visible. */
function priceElement(view: Element): Element | null {
  const tax = showsTax(view);
  return (
    view.querySelector(tax ? '[data-product-price-with-tax]' : '[data-product-price-without-tax]') ??
    view.querySelector(
      '[data-product-price-without-tax], [data-product-price-with-tax], .price--withoutTax, .price--withTax',
    )
  );
}

/** BigCommerce's image key: the path after `/products/` (the same image in every `/stencil/<size>/`). */
export function bigCommerceImageKey(url: string): string {
  const at = url.indexOf('/products/');
  const path = url.split('?')[0] ?? url;
  return at >= 0 ? path.slice(at + 10) : path;
}

/** Main image and thumbnails, full size when the theme links it (`data-image-gallery-zoom-image-url`). */
function galleryImages(view: Element): (ListingImage & { el: Element })[] {
  const out: (ListingImage & { el: Element })[] = [];
  const seen = new Set<string>();
  const add = (url: string | null | undefined, el: Element, img: Element | null) => {
    const clean = cleanText(url);
    if (!clean || clean.startsWith('data:')) return;
    const key = bigCommerceImageKey(clean);
    if (seen.has(key)) return;
    seen.add(key);
    const alt = img?.getAttribute('alt');
    out.push({ url: clean, ...(alt ? { alt: cleanText(alt) } : {}), el: img ?? el });
  };
  const main = view.querySelector('.productView-image');
  const mainImg = main?.querySelector('img') ?? null;
  if (main)
    add(
      main.getAttribute('data-zoom-image') ?? mainImg?.getAttribute('data-src') ?? mainImg?.getAttribute('src'),
      main,
      mainImg,
    );
  for (const thumb of Array.from(view.querySelectorAll('.productView-thumbnail')).slice(0, MAX_IMAGES)) {
    const link = thumb.querySelector('a') ?? thumb;
    const img = thumb.querySelector('img');
    add(
      link.getAttribute('data-image-gallery-zoom-image-url') ??
        link.getAttribute('data-image-gallery-new-image-url') ??
        img?.getAttribute('data-src') ??
        img?.getAttribute('src'),
      thumb,
      img,
    );
  }
  return out;
}

/** Cornerstone's stars (`.icon--ratingFull` of five) and "3 reviews" link, used only when no structured data rates the product. */
function readRating(ctx: AdapterContext, view: Element, structured: StructuredInput): void {
  const box = view.querySelector('.productView-rating');
  if (!box) return;
  const rated = [...structured.jsonLd, ...structured.microdata].some((node) => productFacts(node).rating !== undefined);
  const link = box.querySelector('.productView-reviewLink a') ?? box.querySelector('.productView-reviewLink');
  const count = parseCount(textOf(link));
  if (link && count !== null) fill(ctx, 'reviewCount', count, strategy, link, 0.85);
  if (rated || !count) return;
  const stars = box.querySelectorAll('.icon--ratingFull').length;
  if (stars > 0 && stars <= 5) fill(ctx, 'rating', stars, strategy, box, 0.6);
}

function extract(ctx: AdapterContext, structured: StructuredInput): void {
  const view = productView(ctx.index);
  if (!view) return;
  const data = readBcData(ctx.index);
  const productId =
    asString(view.querySelector('input[name="product_id"]')?.getAttribute('value')) ??
    asString(view.getAttribute('data-product-id')) ??
    asString(view.getAttribute('data-entity-id'));
  if (productId && /^\d{1,12}$/.test(productId)) fillId(ctx, 'itemId', productId, strategy);

  const title = view.querySelector('.productView-title');
  fill(ctx, 'title', textOf(title) || undefined, strategy, title, 0.95);
  const brand = view.querySelector('.productView-brand a') ?? view.querySelector('.productView-brand');
  fill(ctx, 'brand', textOf(brand) || undefined, strategy, brand, 0.9);

  const currency =
    structuredCurrency(structured) ??
    asString(ctx.index.first('#main-content, main.body')?.getAttribute('data-currency-code'));
  const shown = priceElement(view);
  const fromData = data ? dataPrice(data, showsTax(view), currency) : undefined;
  if (fromData) fillPrice(ctx, fromData, dataStrategy, shown, 0.95);
  const text = textOf(shown);
  // A range ("$24.99 - $39.99") gives its first amount, the lowest.
  const fromPage = text ? priceFromText(ctx, text, currency) : undefined;
  if (fromPage) fillPrice(ctx, fromPage, strategy, shown, 0.9);

  const skuEl = view.querySelector('[data-product-sku]');
  fillId(ctx, 'sku', textOf(skuEl) || asString(data?.sku), textOf(skuEl) ? strategy : dataStrategy, skuEl, 0.9);
  const upcEl = view.querySelector('[data-product-upc]');
  const gtin = [textOf(upcEl), asString(data?.gtin), asString(data?.upc)].find((v) => v && /^\d{8,14}$/.test(v));
  fillId(ctx, 'gtin', gtin, strategy, gtin === textOf(upcEl) ? upcEl : undefined, 0.85);

  if (data?.instock === false || data?.purchasable === false)
    fill(ctx, 'availability', 'OutOfStock', dataStrategy, undefined, 0.9);
  else if (data?.instock === true) fill(ctx, 'availability', 'InStock', dataStrategy, undefined, 0.85);
  const stockEl = view.querySelector('[data-product-stock]');
  const stock = parseCount(textOf(stockEl));
  if (stockEl && stock !== null)
    fill(ctx, 'availability', stock > 0 ? 'InStock' : 'OutOfStock', strategy, stockEl, 0.85);

  fillImages(ctx, galleryImages(view), strategy);
  readRating(ctx, view, structured);
  fillFromReviewApps(ctx, { productId, anchor: title, root: view });
}

/** BigCommerce Stencil pages: a `productView` and the platform's CDN. */
export const bigCommerceAdapter: StoreAdapter = {
  id: 'bigcommerce',
  matches(_host, index) {
    if (index.first('.productView') === null) return false;
    return (
      index.first(
        'link[href*="bigcommerce.com"], script[src*="bigcommerce.com"], img[src*="bigcommerce.com"], img[data-src*="bigcommerce.com"]',
      ) !== null || readBcData(index) !== undefined
    );
  },
  extract,
};
