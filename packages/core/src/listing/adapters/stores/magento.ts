/// <reference lib="dom" />
/**
 * Magento adapter (Magento 2 / Adobe Commerce, and Magento 1 themes): the product form's id, its own price box
 * (`#product-price-<id>`, `[data-price-type="finalPrice"]`, never the `oldPrice` or a related product's box),
 * `.page-title .base`, the SKU and stock lines, the `mage/gallery/gallery` images and the review summary
 * (a percentage, turned into stars).
 */
import { asRecord, asString, cleanText, parseCount, parseNumber, safeJson, textOf } from '../../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillPrice, priceFromText } from '../../draft.js';
import type { ListingImage } from '../../listing-types.js';
import { inOtherProducts } from '../../other-products.js';
import type { PageIndex } from '../../page-index.js';
import { fillFromReviewApps } from '../review-apps.js';
import type { StoreAdapter, StructuredInput } from './store-adapter.js';
import { structuredCurrency } from './structured-currency.js';

/** `text/x-magento-init` scripts looked at for the gallery, and the longest one parsed. */
const MAX_INIT_SCRIPTS = 200;
const MAX_INIT_CHARS = 1_000_000;
/** Gallery images read, at most. */
const MAX_IMAGES = 200;

const strategy = 'magento-dom';
const dataStrategy = 'magento-data';

/** The main product's column: Magento 2's `.product-info-main`, Magento 1's `.product-shop` or `.product-essential`. */
export function magentoProductRoot(index: PageIndex): Element | null {
  for (const selector of ['.product-info-main', '.product-shop', '.product-essential', '.product-view']) {
    const found = index
      .all(selector)
      .slice(0, 10)
      .find((el) => !inOtherProducts(el));
    if (found) return found;
  }
  return null;
}

/** The product id the add-to-cart form posts (`#product_addtocart_form input[name="product"]`), or the price box's. */
function productIdOf(index: PageIndex, root: Element | null): string | undefined {
  const form = index.byId.get('product_addtocart_form');
  const value =
    cleanText(form?.querySelector('input[name="product"]')?.getAttribute('value')) ||
    cleanText(root?.querySelector('.price-box[data-product-id]')?.getAttribute('data-product-id'));
  return /^\d{1,12}$/.test(value) ? value : undefined;
}

/** An amount element's number: `data-price-amount` (machine number), else its text. */
function amountOf(ctx: AdapterContext, el: Element, currency: string | undefined) {
  const text = textOf(el.querySelector('.price') ?? el);
  const fromText = text ? priceFromText(ctx, text, currency) : undefined;
  const raw = el.getAttribute('data-price-amount');
  const amount = raw !== null && /^\d{1,12}(\.\d{1,6})?$/.test(raw.trim()) ? Number(raw) : undefined;
  const code = currency ?? fromText?.currency;
  return amount !== undefined && code ? { amount, currency: code } : fromText;
}

/**
 * The price the shopper pays: the product's own `#product-price-<id>` (Magento 1 and 2), else the final (or
 * minimum, for bundles) price in the main column's first price box; an old price is never taken.
 */
function readPrice(
  ctx: AdapterContext,
  root: Element | null,
  productId: string | undefined,
  currency: string | undefined,
): void {
  const own = productId ? ctx.index.byId.get(`product-price-${productId}`) : undefined;
  const box = root
    ? Array.from(root.querySelectorAll('.price-box'))
        .slice(0, 10)
        .find((el) => !inOtherProducts(el, root))
    : undefined;
  const candidates = [
    own && !own.closest('.old-price') ? own : undefined,
    box?.querySelector('[data-price-type="finalPrice"]'),
    box?.querySelector('[data-price-type="minPrice"]'),
    box?.querySelector('.special-price .price'),
    box?.querySelector('.regular-price .price, .regular-price'),
  ];
  for (const el of candidates) {
    if (!el || el.closest('.old-price')) continue;
    const price = amountOf(ctx, el, currency);
    if (price && fillPrice(ctx, price, strategy, el, 0.9)) return;
  }
}

/** Review summary: Magento rates in percent (`width: 90%`, `title="90%"`); five stars are 100%. */
function readRating(ctx: AdapterContext, root: Element): void {
  const summary = Array.from(root.querySelectorAll('.product-reviews-summary, .ratings')).find(
    (el) => !inOtherProducts(el, root),
  );
  if (!summary) return;
  const bar = summary.querySelector('.rating-result, .rating-box .rating');
  const inner = bar?.querySelector('span[style]') ?? bar;
  const percent =
    parseNumber(bar?.getAttribute('title')) ??
    parseNumber(/width:\s{0,3}(\d{1,3}(?:\.\d{1,4})?)%/.exec(inner?.getAttribute('style') ?? '')?.[1]);
  if (bar && percent !== null && percent > 0 && percent <= 100)
    fill(ctx, 'rating', Math.round((percent / 20) * 100) / 100, strategy, bar, 0.85);
  const link = summary.querySelector('.reviews-actions .action.view, .rating-links a');
  const count = parseCount(textOf(link));
  if (link && count !== null) fill(ctx, 'reviewCount', count, strategy, link, 0.85);
}

/** The images of the `mage/gallery/gallery` init JSON (Magento 2), full size first; videos are left out. */
export function magentoGalleryData(value: unknown): ListingImage[] {
  const root = asRecord(value);
  if (!root) return [];
  for (const target of Object.values(root)) {
    const gallery = asRecord(asRecord(target)?.['mage/gallery/gallery']);
    if (!gallery || !Array.isArray(gallery.data)) continue;
    const items = gallery.data
      .slice(0, MAX_IMAGES)
      .map(asRecord)
      .filter((item) => item !== undefined && (asString(item.type) ?? 'image') === 'image' && !asString(item.videoUrl));
    // The main image first, as the page shows it.
    items.sort((a, b) => Number(b?.isMain === true) - Number(a?.isMain === true));
    return items.flatMap((item) => {
      const url = asString(item?.full) ?? asString(item?.img) ?? asString(item?.thumb);
      const caption = asString(item?.caption);
      return url ? [{ url, ...(caption ? { alt: caption } : {}) }] : [];
    });
  }
  return [];
}

function galleryFromInit(ctx: AdapterContext): ListingImage[] {
  let read = 0;
  for (const script of ctx.index.byTagName('script')) {
    if (script.getAttribute('type') !== 'text/x-magento-init') continue;
    if (++read > MAX_INIT_SCRIPTS) break;
    const text = script.textContent ?? '';
    if (text.length > MAX_INIT_CHARS || !text.includes('mage/gallery/gallery')) continue;
    const parsed = safeJson(text);
    const images = parsed.ok ? magentoGalleryData(parsed.value) : [];
    if (images.length > 0) return images;
  }
  return [];
}

/** Magento's image key: the file name, the same in every `/cache/…/<size>/…` resize. */
export function magentoImageKey(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  return path.slice(path.lastIndexOf('/') + 1).toLowerCase();
}

/** The full-size image a "more views" link or thumbnail stands for. */
function fullImageOf(el: Element): string | null {
  return (
    el.getAttribute('data-zoom-image') ??
    el.getAttribute('data-large-image') ??
    (el.localName === 'a' ? el.getAttribute('href') : null) ??
    el.getAttribute('data-src') ??
    el.getAttribute('src')
  );
}

/** Magento 1 galleries: the "more views" links or thumbnails (full size), else the main image. */
function galleryFromMarkup(ctx: AdapterContext): (ListingImage & { el: Element })[] {
  const box = ctx.index.first('.product-img-box');
  if (!box || inOtherProducts(box)) return [];
  const out: (ListingImage & { el: Element })[] = [];
  const seen = new Set<string>();
  const views = box.querySelector('.more-views');
  let thumbs = views ? Array.from(views.querySelectorAll('a[href]')).slice(0, MAX_IMAGES) : [];
  if (thumbs.every((a) => /^(#|javascript:)/.test(a.getAttribute('href') ?? '#'))) {
    thumbs = views ? Array.from(views.querySelectorAll('img')).slice(0, MAX_IMAGES) : [];
  }
  const items: [string | null | undefined, Element][] = thumbs.map((el) => [
    fullImageOf(el),
    el.querySelector('img') ?? el,
  ]);
  if (items.length === 0) {
    const img = box.querySelector('#image-main, .product-image img, img');
    if (img) items.push([fullImageOf(img), img]);
  }
  for (const [raw, el] of items) {
    const url = cleanText(raw);
    if (!url || url.startsWith('#') || url.startsWith('javascript:') || url.startsWith('data:')) continue;
    const key = magentoImageKey(url);
    if (seen.has(key)) continue;
    seen.add(key);
    const alt = el.getAttribute('alt');
    out.push({ url, ...(alt ? { alt: cleanText(alt) } : {}), el });
  }
  return out;
}

function extract(ctx: AdapterContext, structured: StructuredInput): void {
  const root = magentoProductRoot(ctx.index);
  const productId = productIdOf(ctx.index, root);
  fillId(ctx, 'itemId', productId, strategy);

  const title =
    ctx.index.first('.page-title .base') ?? root?.querySelector('.product-name h1, h1.product-name') ?? null;
  fill(ctx, 'title', textOf(title) || undefined, strategy, title, 0.95);

  readPrice(ctx, root, productId, structuredCurrency(structured));

  if (root) {
    const sku = root.querySelector('.product.attribute.sku .value, [itemprop="sku"]');
    fillId(ctx, 'sku', textOf(sku) || undefined, strategy, sku, 0.9);
    const stock = Array.from(root.querySelectorAll('.stock, .availability, .out-of-stock, .in-stock'))
      .slice(0, 10)
      .find((el) => !inOtherProducts(el, root));
    const classes = ` ${stock?.getAttribute('class') ?? ''} ${stock?.firstElementChild?.getAttribute('class') ?? ''} `;
    if (classes.includes(' unavailable ') || classes.includes(' out-of-stock '))
      fill(ctx, 'availability', 'OutOfStock', strategy, stock, 0.9);
    else if (classes.includes(' available ') || classes.includes(' in-stock '))
      fill(ctx, 'availability', 'InStock', strategy, stock, 0.9);
    readRating(ctx, root);
  }

  const images = galleryFromInit(ctx);
  if (!fillImages(ctx, images, dataStrategy)) fillImages(ctx, galleryFromMarkup(ctx), strategy);
  fillFromReviewApps(ctx, { productId, anchor: title, root });
}

/** Magento product pages: the `catalog-product-view` body class, or Magento 2's init scripts and the product form. */
export const magentoAdapter: StoreAdapter = {
  id: 'magento',
  matches(_host, index) {
    if (index.first('body.catalog-product-view') !== null) return true;
    return (
      index.byId.has('product_addtocart_form') &&
      index.first('script[type="text/x-magento-init"], script[src*="/Magento_"], link[href*="/Magento_"]') !== null
    );
  },
  extract,
};
