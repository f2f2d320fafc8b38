/// <reference lib="dom" />
/** bol adapter (bol.com, NL and BE shops): the product page's buy block (euros and a `<sup>` fraction), heading, brand link, rating summary, spec list (EAN) and gallery. */

import { cleanText, parseCount, textOf, visibleText } from '../../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillPrice } from '../../draft.js';
import type { ListingPrice } from '../../listing-types.js';
import { inOtherProducts } from '../../other-products.js';
import { availabilityFromText } from '../../stock-text.js';
import { isHostOf, type StoreAdapter } from './store-adapter.js';

/** Spec rows read, at most. */
const MAX_SPEC_ROWS = 400;
/** Gallery images read, at most. */
const MAX_IMAGES = 200;

/** bol's product id in a product URL (`/nl/nl/p/name/9200000098453451/`). */
export function bolProductId(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  return /\/p\/[^/]+\/(\d{8,20})(?=\/|$)/.exec(path)?.[1];
}

/**
 * A promo price: euros as text and the cents in a `<sup>` ("19" + "99", "1.299" + "-" for ",-"), read as
 * 19.99 and 1299. The parts are joined with a decimal comma; the text alone would read "1999".
 */
export function bolPrice(el: Element): ListingPrice | undefined {
  const sup = el.querySelector('sup');
  let whole = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child === sup) continue;
    whole += child.nodeType === 3 ? (child.nodeValue ?? '') : child.nodeType === 1 ? (child.textContent ?? '') : '';
  }
  whole = whole.replace(/[^\d.,]/g, '');
  if (!/^\d/.test(whole)) return undefined;
  const fraction = cleanText(sup?.textContent);
  const text = !sup
    ? whole
    : /^\d{1,2}$/.test(fraction)
      ? `${whole.replace(/[.,]$/, '')},${fraction}`
      : whole.replace(/[.,]$/, '');
  // Thousands use a point ("1.299"); the only decimal mark is the comma added above.
  const [euros = '', cents = ''] = text.split(',');
  const amount = Number(`${euros.replace(/\./g, '')}${cents ? `.${cents.padEnd(2, '0')}` : ''}`);
  return Number.isFinite(amount) && amount > 0 ? { amount, currency: 'EUR' } : undefined;
}

/** The buy block's current price (never the struck list price), outside carousels and other sellers' offers. */
function buyBlockPrice(ctx: AdapterContext): { price: ListingPrice; el: Element } | undefined {
  const blocks = [ctx.index.first('.buy-block'), ctx.index.first('.price-block')].filter(
    (b): b is Element => b !== null,
  );
  const candidates = [
    ...blocks.map((b) => b.querySelector('.promo-price')),
    ...ctx.index.all('.promo-price').slice(0, 40),
  ].filter((el): el is Element => el !== null);
  for (const el of candidates) {
    if (el.closest('del, s') || inOtherProducts(el)) continue;
    const price = bolPrice(el);
    if (price) return { price, el };
  }
  return undefined;
}

/** Delivery wording that promises the item ("morgen in huis", "livré demain") without the word "voorraad". */
const BOL_IN_STOCK = /\b(in huis|bezorgd|op voorraad|livr[ée]|chez vous)\b/i;

function buyBlockStock(ctx: AdapterContext): { status: string; el: Element } | undefined {
  const block = ctx.index.first('.buy-block');
  const el =
    block?.querySelector('[data-test="delivery-highlight"], .buy-block__highlight, [data-test="delivery-info"]') ??
    ctx.index.first('.buy-block__highlight');
  if (!el) return undefined;
  const text = visibleText(el, { separate: true, maxChars: 300 });
  const stated = availabilityFromText(text);
  if (stated) return { status: stated.status, el };
  return BOL_IN_STOCK.test(text) ? { status: 'InStock', el } : undefined;
}

/** "Gemiddeld 4.4 van de 5 sterren uit 123 reviews" (or "4,4/5", "sur 5 … 123 avis") → rating and count. */
export function parseBolRating(text: string): { rating?: number; count?: number } {
  const line = text.slice(0, 300);
  const r = /(\d(?:[.,]\d{1,2})?)\s*(?:van de|sur|out of|\/)\s*5(?!\d)/i.exec(line);
  const c = /(\d{1,3}(?:\.\d{3})*|\d+)\s*(?:reviews?|beoordelingen|recensies|avis)\b/i.exec(line);
  const rating = r?.[1] ? Number(r[1].replace(',', '.')) : Number.NaN;
  const count = c?.[1] ? Number(c[1].replace(/\./g, '')) : Number.NaN;
  return {
    ...(rating > 0 && rating <= 5 ? { rating } : {}),
    ...(Number.isSafeInteger(count) ? { count } : {}),
  };
}

/** The rating summary in the product header (`.pdp-header__rating`): its label, or its text and "(123)" suffix. */
function headerRating(ctx: AdapterContext): { rating?: number; count?: number; el: Element } | undefined {
  const box = ctx.index.first('.pdp-header__rating');
  if (!box) return undefined;
  const stars = box.querySelector('[data-test="rating-stars"], [aria-label], [title]') ?? box;
  const label = stars.getAttribute('aria-label') ?? stars.getAttribute('title') ?? '';
  const parsed = parseBolRating(`${label} ${visibleText(box, { separate: true, maxChars: 200 })}`);
  // "(123)" beside the stars when the label gives no count.
  const suffix = box.querySelector('[data-test="rating-suffix"]');
  const count = parsed.count ?? (suffix ? (parseCount(textOf(suffix)) ?? undefined) : undefined);
  return { ...parsed, ...(count !== undefined ? { count } : {}), el: stars };
}

/** Rows of the specifications list (`dt` label → `dd` value), first match of any of `labels`. */
function specValue(ctx: AdapterContext, labels: readonly string[]): { value: string; el: Element } | undefined {
  const rows = ctx.index.all('.specs dt, .specs__list dt').slice(0, MAX_SPEC_ROWS);
  for (const dt of rows) {
    const label = cleanText(dt.textContent).toLowerCase().replace(/:$/, '');
    if (!labels.includes(label)) continue;
    const dd = dt.nextElementSibling;
    const value = dd?.localName === 'dd' ? textOf(dd) : '';
    if (dd && value) return { value, el: dd };
  }
  return undefined;
}

/** bol's media id: the first path segment on `media.s-bol.com` (one picture at several sizes counts once). */
function mediaKey(url: string): string {
  const at = url.indexOf('media.s-bol.com/');
  if (at < 0) return url;
  const rest = url.slice(at + 16);
  const slash = rest.indexOf('/');
  return slash < 0 ? rest : rest.slice(0, slash);
}

function gallery(ctx: AdapterContext): { url: string; alt?: string; el: Element }[] {
  const container =
    ctx.index.first('.filmstrip-viewport') ??
    ctx.index.first('.product-image-viewer') ??
    ctx.index.first('.js_product_images') ??
    ctx.index.first('.image-slot');
  const imgs = [
    ...ctx.index.all('img.js_selected_image').slice(0, 5),
    ...(container ? Array.from(container.querySelectorAll('img')).slice(0, MAX_IMAGES) : []),
  ];
  const seen = new Set<string>();
  const out: { url: string; alt?: string; el: Element }[] = [];
  for (const img of imgs) {
    const url = cleanText(
      img.getAttribute('data-zoom-image-url') ?? img.getAttribute('data-src') ?? img.getAttribute('src'),
    );
    if (!url.includes('media.s-bol.com/')) continue;
    const key = mediaKey(url);
    if (seen.has(key)) continue;
    seen.add(key);
    const alt = img.getAttribute('alt');
    out.push({ url, ...(alt !== null ? { alt: cleanText(alt) } : {}), el: img });
  }
  return out;
}

function extractBol(ctx: AdapterContext): void {
  const dom = 'bol-dom';
  const heading = ctx.index.first('h1.page-heading') ?? ctx.index.first('.pdp-header h1');
  const name = heading?.querySelector('[data-test="title"]') ?? heading;
  if (name) fill(ctx, 'title', visibleText(name, { separate: true }), dom, name, 0.95);

  const header = ctx.index.first('.pdp-header') ?? heading?.parentElement ?? null;
  const brandLink =
    header?.querySelector('a[data-role="BRAND"], a[data-test="brand"]') ??
    ctx.index
      .all('.pdp-header__meta-item')
      .slice(0, 10)
      .map((item) => item.querySelector('a[data-role="BRAND"], a[data-test="brand"]'))
      .find((a) => a !== null);
  if (brandLink) fill(ctx, 'brand', textOf(brandLink), dom, brandLink, 0.9);
  const brandRow = specValue(ctx, ['merk', 'marque', 'brand']);
  if (brandRow) fill(ctx, 'brand', brandRow.value, dom, brandRow.el, 0.8);

  const id = bolProductId(ctx.url);
  fillId(ctx, 'sku', id, 'url-path', null, 0.85);
  fillId(ctx, 'itemId', id, 'url-path', null, 0.85);
  const ean = specValue(ctx, ['ean', 'ean-code', 'ean code']);
  const digits = ean?.value.replace(/\s/g, '');
  if (ean && digits && /^\d{8,14}$/.test(digits)) fillId(ctx, 'gtin', digits, dom, ean.el, 0.9);

  const price = buyBlockPrice(ctx);
  if (price) fillPrice(ctx, price.price, dom, price.el, 0.9);
  const stock = buyBlockStock(ctx);
  if (stock) fill(ctx, 'availability', stock.status, dom, stock.el, 0.8);

  const rating = headerRating(ctx);
  if (rating?.rating !== undefined) {
    fill(ctx, 'rating', rating.rating, dom, rating.el, 0.9);
    fill(ctx, 'reviewCount', rating.count, dom, rating.el, 0.9);
  }
  fillImages(ctx, gallery(ctx), dom);
}

export const bolAdapter: StoreAdapter = {
  id: 'bol',
  matches: (host) => isHostOf(host, 'bol.com') || isHostOf(host, 'bol.be'),
  extract: extractBol,
};
