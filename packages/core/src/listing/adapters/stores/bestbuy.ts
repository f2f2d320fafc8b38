/// <reference lib="dom" />
/** Best Buy adapter (bestbuy.com, bestbuy.ca): the product block's SKU, customer price, cart-button state, own ratings and gallery. */
import { asRecord, cleanText, parseCount, parseNumber, safeJson, textOf, visibleText } from '../../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillPrice, priceFromText } from '../../draft.js';
import { availabilityFromText } from '../../stock-text.js';
import { productFacts } from '../../structured-data/product-node.js';
import { isHostOf, type StoreAdapter, type StructuredInput } from './store-adapter.js';

/** Ancestors climbed to tell the product's own block from a carousel of other products. */
const MAX_CLIMB = 12;
/** Containers of other products: their prices, ratings and cart buttons are never the page's. */
const OTHER_PRODUCTS = [
  'carousel',
  'recommend',
  'related',
  'recently',
  'also-viewed',
  'alsoviewed',
  'similar',
  'frequently',
  'bundle',
  'accessor',
  'sku-item',
];

function inOtherProducts(el: Element): boolean {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < MAX_CLIMB; depth++, node = node.parentElement) {
    const name = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`.toLowerCase();
    if (OTHER_PRODUCTS.some((fragment) => name.includes(fragment))) return true;
  }
  return false;
}

/** The first element of `selector` outside other products' blocks. */
function firstOwn(ctx: AdapterContext, selector: string, max = 60): Element | undefined {
  return ctx.index
    .all(selector)
    .slice(0, max)
    .find((el) => !inOtherProducts(el));
}

const SKU = /^\d{5,9}$/;

/** The SKU in a product URL: `/site/name/6418599.p?skuId=6418599` (US) or `/en-ca/product/name/15166285` (Canada). */
export function skuFromUrl(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const param = u.searchParams.get('skuId');
  if (param && SKU.test(param)) return param;
  return (
    /\/(\d{5,9})\.p(?=$|[/?#])/.exec(u.pathname)?.[1] ?? /\/product\/[^/]+\/(\d{5,9})(?=$|[/?#])/.exec(u.pathname)?.[1]
  );
}

/** The SKU the product block states: "SKU: 6418599" (US) or "Web Code: 15166285" (Canada). */
function pageSku(ctx: AdapterContext): { value: string; el: Element } | undefined {
  const candidates = [
    ctx.index.first('.sku .product-data-value'),
    ctx.index.first('.sku .sku-value'),
    ctx.index.first('#sku-value'),
    ctx.index.first('span[data-automation="SKU_ID"]'),
  ];
  for (const el of candidates) {
    const value = el ? cleanText(el.textContent).replace(/^(sku|web code)\s*:?\s*/i, '') : '';
    if (el && SKU.test(value)) return { value, el };
  }
  return undefined;
}

/** The cart button's `data-button-state` values, as schema.org availability. */
const BUTTON_STATE: Record<string, string> = {
  ADD_TO_CART: 'InStock',
  SOLD_OUT: 'OutOfStock',
  PRE_ORDER: 'PreOrder',
  CHECK_STORES: 'InStoreOnly',
  IN_STORE_ONLY: 'InStoreOnly',
};

/** The product's own cart button: the one for the page's SKU, else the first outside other products' blocks. */
function cartButton(ctx: AdapterContext, sku: string | undefined): Element | undefined {
  const buttons = ctx.index.all('.add-to-cart-button').slice(0, 40);
  return (
    (sku ? buttons.find((b) => b.getAttribute('data-sku-id') === sku) : undefined) ??
    buttons.find((b) => !inOtherProducts(b))
  );
}

function readAvailability(ctx: AdapterContext, button: Element): void {
  const state = button.getAttribute('data-button-state')?.toUpperCase();
  const fromState = state ? BUTTON_STATE[state] : undefined;
  if (fromState) {
    fill(ctx, 'availability', fromState, 'bestbuy-dom', button, 0.9);
    return;
  }
  const label = visibleText(button, { maxChars: 80 }).toLowerCase();
  const stock = availabilityFromText(label);
  if (stock) fill(ctx, 'availability', stock.status, 'bestbuy-dom', button, 0.85);
  else if (label.includes('add to cart') || label.includes('ajouter au panier'))
    fill(ctx, 'availability', 'InStock', 'bestbuy-dom', button, 0.8);
}

/** The customer price: the hero price block (2019–), the test-id block (2024–), Canada's price block, or 2017's pricing data. */
function readPrice(ctx: AdapterContext, sku: string | undefined): void {
  const hero =
    firstOwn(ctx, '.priceView-hero-price') ??
    firstOwn(ctx, '.priceView-customer-price') ??
    firstOwn(ctx, 'div[data-testid="large-customer-price"], div[data-testid="customer-price"]') ??
    firstOwn(ctx, 'div[data-automation="product-price"]');
  if (hero) {
    // The visible amount sits in an aria-hidden span; the screen-reader twin says "Your price for this item is $…".
    const shown = hero.querySelector('span[aria-hidden="true"]') ?? hero;
    const text = visibleText(shown, { skip: (el) => el.localName === 'del' || el.localName === 's' });
    if (fillPrice(ctx, priceFromText(ctx, text), 'bestbuy-dom', shown, 0.9)) return;
  }
  // 2017: the price component's props, URL-encoded in `data-pricing-data` on the SKU's price view.
  for (const el of ctx.index.all('.price-view-pb').slice(0, 40)) {
    if (sku && el.getAttribute('data-sku-id') !== sku) continue;
    const raw = el.getAttribute('data-pricing-data');
    if (!raw) continue;
    let decoded = '';
    try {
      decoded = decodeURIComponent(raw.slice(0, 20_000));
    } catch {
      continue;
    }
    const parsed = safeJson(decoded);
    const data = parsed.ok ? asRecord(parsed.value) : undefined;
    const amount = data?.customerPrice ?? data?.currentPrice;
    if (typeof amount === 'number' && amount > 0) {
      const currency = priceFromText(ctx, '$1')?.currency ?? 'USD';
      if (fillPrice(ctx, { amount, currency }, 'bestbuy-data', el, 0.9)) return;
    }
  }
}

/** The product's own rating block: "4.7" and "(3,566 Reviews)", never a carousel item's stars. */
function readRatings(ctx: AdapterContext): void {
  const block =
    firstOwn(ctx, '.ugc-ratings-reviews') ?? firstOwn(ctx, '.customer-rating') ?? firstOwn(ctx, '.overall-ratings');
  if (!block) return;
  const average = block.querySelector('.ugc-c-review-average, .average-score, .reviewer-score');
  const rating = parseNumber(textOf(average));
  if (average && rating !== null && rating > 0 && rating <= 5) fill(ctx, 'rating', rating, 'bestbuy-dom', average, 0.9);
  const count = block.querySelector('.c-reviews, .c-total-reviews, .review-count, .ratings-count');
  const reviews = parseCount(textOf(count));
  if (count && reviews !== null) fill(ctx, 'reviewCount', reviews, 'bestbuy-dom', count, 0.9);
  else if (!count && /not yet reviewed|no reviews|be the first/i.test(textOf(block).slice(0, 300)))
    fill(ctx, 'reviewCount', 0, 'bestbuy-dom', block, 0.8);
}

/** Product photos on Best Buy's image host; the `;maxHeight=…` size suffix is dropped so each photo counts once. */
function readGallery(ctx: AdapterContext): void {
  const container =
    firstOwn(ctx, '.shop-media-gallery') ??
    firstOwn(ctx, '.media-gallery') ??
    ctx.index.first('#carousel-main') ??
    firstOwn(ctx, '.product-image-gallery');
  if (!container) return;
  const images = Array.from(container.querySelectorAll('img'))
    .slice(0, 400)
    .map((img) => {
      const raw = img.getAttribute('src') || img.getAttribute('data-src') || '';
      const alt = img.getAttribute('alt');
      return { url: raw.split(';')[0] ?? '', el: img, ...(alt ? { alt: cleanText(alt) } : {}) };
    })
    .filter((image) => image.url.includes('bbystatic.com') && image.url.includes('/products/'));
  fillImages(ctx, images, 'bestbuy-dom');
}

/** Best Buy names products "Brand - Model - Colour": the brand is the part before the first " - ". */
export function brandFromTitle(title: string): string | undefined {
  const at = title.indexOf(' - ');
  const brand = at > 0 ? title.slice(0, at).trim() : '';
  return brand.length > 0 && brand.length <= 40 ? brand : undefined;
}

export const bestBuyAdapter: StoreAdapter = {
  id: 'bestbuy',
  matches: (host) => isHostOf(host, 'bestbuy.com') || isHostOf(host, 'bestbuy.ca'),
  extract(ctx, structured: StructuredInput) {
    const heading =
      ctx.index.first('.sku-title h1') ??
      ctx.index.first('#sku-title h1') ??
      ctx.index.first('h1[class^="productName_"]');
    const title = heading ? visibleText(heading, { separate: true }) : '';
    if (heading) fill(ctx, 'title', title, 'bestbuy-dom', heading, 0.9);
    const stated = pageSku(ctx);
    const sku = stated?.value ?? skuFromUrl(ctx.url);
    if (stated) fillId(ctx, 'sku', stated.value, 'bestbuy-dom', stated.el, 0.95);
    readPrice(ctx, sku);
    const button = cartButton(ctx, sku);
    if (button) {
      readAvailability(ctx, button);
      const buttonSku = button.getAttribute('data-sku-id') ?? undefined;
      if (buttonSku && SKU.test(buttonSku)) fillId(ctx, 'sku', buttonSku, 'bestbuy-dom', button, 0.85);
    }
    fillId(ctx, 'sku', skuFromUrl(ctx.url), 'url-path');
    readRatings(ctx);
    readGallery(ctx);
    // Structured data names the brand when the page has it; the title's first part only when nothing does.
    const declared = [...structured.jsonLd, ...structured.microdata].some((node) => productFacts(node).brand);
    if (!declared && !structured.og['product:brand'] && (title || ctx.listing.title))
      fill(ctx, 'brand', brandFromTitle(title || (ctx.listing.title ?? '')), 'bestbuy-title', heading, 0.6);
  },
};
