/// <reference lib="dom" />
/** Generic adapter: JSON-LD, then microdata, then Open Graph, then DOM heuristics common to store themes. */
import { parseAmount } from '../currency.js';
import { allWithin, cleanText, firstText, firstWithin, parseCount, parseNumber, textOf } from '../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillList, fillPrice, priceFromText } from '../draft.js';
import type { ListingPrice } from '../listing-types.js';
import { openGraphPrice } from '../structured-data/open-graph.js';
import { availabilityName, type ProductFacts, productFacts } from '../structured-data/product-node.js';
import { absoluteUrl } from './shopify.js';

function fillFacts(ctx: AdapterContext, facts: ProductFacts, strategy: string, fallbackCurrency?: string): void {
  fill(ctx, 'title', facts.title, strategy);
  fill(ctx, 'brand', facts.brand, strategy);
  fill(ctx, 'description', facts.description, strategy);
  fillImages(
    ctx,
    facts.images.map((url) => ({ url: absoluteUrl(url) })),
    strategy,
  );
  if (facts.price) {
    const currency = facts.price.currency ?? fallbackCurrency;
    if (currency) fillPrice(ctx, { amount: facts.price.amount, currency }, strategy);
  }
  fill(ctx, 'availability', facts.availability, strategy);
  fill(ctx, 'rating', facts.rating, strategy);
  fill(ctx, 'reviewCount', facts.reviewCount, strategy);
  fillId(ctx, 'sku', facts.sku, strategy);
  fillId(ctx, 'gtin', facts.gtin, strategy);
}

const GALLERY = [
  ['.woocommerce-product-gallery', '.woocommerce-product-gallery__image img'],
  ['.productView-images', 'img'],
  ['.product__media-list', '.product__media img'],
  ['div[data-product-gallery]', 'img'],
  ['.product-gallery', 'img'],
] as const;

/** Images from the theme's gallery, with alt text and size attributes (JSON-LD images carry neither). */
function galleryImages(ctx: AdapterContext): boolean {
  const gallery = allWithin(ctx.index, GALLERY);
  if (!gallery) return false;
  const images = gallery.els.map((img) => {
    const url = img.getAttribute('data-large_image') || img.getAttribute('data-src') || img.getAttribute('src') || '';
    const width = Number(img.getAttribute('data-large_image_width') || img.getAttribute('width'));
    const height = Number(img.getAttribute('data-large_image_height') || img.getAttribute('height'));
    const alt = img.getAttribute('alt');
    return {
      url: absoluteUrl(url),
      ...(width > 0 ? { width } : {}),
      ...(height > 0 ? { height } : {}),
      ...(alt !== null ? { alt: cleanText(alt) } : {}),
      el: img,
    };
  });
  return fillImages(ctx, images, 'dom-gallery');
}

/** Fills what the site adapter left empty; `products`/`microdata`/`og` are parsed once by the caller. */
export function extractGeneric(
  ctx: AdapterContext,
  sd: { jsonLd: Record<string, unknown>[]; microdata: Record<string, unknown>[]; og: Record<string, string> },
  breadcrumbs: string[],
): void {
  const og = sd.og;
  const ogPrice = openGraphPrice(og);
  const ogCurrency = ogPrice.currency && /^[A-Z]{3}$/.test(ogPrice.currency) ? ogPrice.currency : undefined;
  if (ctx.listing.images.length === 0) galleryImages(ctx);
  for (const node of sd.jsonLd) {
    const facts = productFacts(node);
    if (node.offers !== undefined && !facts.price) {
      ctx.warn('JSON-LD Product has offers but no readable price; used the next source.');
    }
    fillFacts(ctx, facts, 'json-ld', ogCurrency);
  }
  for (const node of sd.microdata) fillFacts(ctx, productFacts(node), 'microdata', ogCurrency);

  const ogMeta = (key: string) => ctx.index.first(`meta[property="${key}"]`);
  fill(ctx, 'title', og['og:title'], 'open-graph', ogMeta('og:title'));
  fill(ctx, 'brand', og['product:brand'] ?? og['og:brand'], 'open-graph');
  if (ogPrice.amount && ogPrice.key) {
    const amount = parseAmount(ogPrice.amount);
    const currency = ogCurrency ?? priceFromText(ctx, ogPrice.amount)?.currency;
    if (amount !== null && amount > 0 && currency) {
      fillPrice(ctx, { amount, currency } satisfies ListingPrice, 'open-graph', ogMeta(ogPrice.key));
    }
  }
  const ogAvailability = og['product:availability'] ?? og['og:availability'];
  fill(ctx, 'availability', availabilityName(ogAvailability), 'open-graph');
  fillId(ctx, 'sku', og['product:retailer_item_id'], 'open-graph');

  // DOM heuristics only run for what is still missing, so a complete page costs no extra queries.
  const { listing } = ctx;
  if (!listing.title) {
    const title = firstText(ctx.index, ['h1.product_title', 'h1.productView-title', 'h1.product__title', 'h1']);
    fill(ctx, 'title', title?.text, 'dom', title?.el);
  }
  const price =
    !listing.price &&
    (firstWithin(ctx.index, [
      ['.productView-price', '.price--withoutTax'],
      ['.summary', '.price'],
      ['.price__regular', '.price-item--regular'],
    ]) ??
      firstText(ctx.index, ['span[data-product-price]', '.product-price', '.price']));
  if (price) fillPrice(ctx, priceFromText(ctx, price.text, ogCurrency), 'dom', price.el);
  const description =
    !listing.description &&
    firstText(ctx.index, [
      '#tab-description',
      '.woocommerce-product-details__short-description',
      '.productView-description',
      '.product__description',
      '.product-description',
    ]);
  if (description) fill(ctx, 'description', description.text, 'dom', description.el);
  const features =
    listing.bullets.length === 0 &&
    allWithin(ctx.index, [
      ['.woocommerce-product-details__short-description', 'li'],
      ['.product__description', 'li'],
      ['.productView-description', 'li'],
      ['.product-features', 'li'],
    ]);
  if (features) {
    const items = features.els.map((li) => ({ text: textOf(li), el: li }));
    fillList(ctx, 'bullets', items, 'dom', features.selector);
  }
  if (listing.rating === null) {
    const rating =
      firstText(ctx.index, ['[itemprop="ratingValue"]']) ?? firstWithin(ctx.index, [['.star-rating', '.rating']]);
    fill(ctx, 'rating', parseNumber(rating?.text) ?? undefined, 'dom', rating?.el);
  }
  if (listing.reviewCount === null) {
    const reviews =
      firstText(ctx.index, ['[itemprop="reviewCount"]']) ??
      firstWithin(ctx.index, [['.woocommerce-review-link', '.count']]);
    fill(ctx, 'reviewCount', parseCount(reviews?.text) ?? undefined, 'dom', reviews?.el);
  }

  if (breadcrumbs.length > 0)
    fillList(
      ctx,
      'breadcrumbs',
      breadcrumbs.map((text) => ({ text })),
      'json-ld',
    );
  const crumbs =
    listing.breadcrumbs.length === 0 &&
    allWithin(ctx.index, [
      ['.woocommerce-breadcrumb', 'a'],
      ['nav.breadcrumb', 'a'],
      ['.breadcrumbs', 'a'],
      ['nav[aria-label="breadcrumb" i]', 'a'],
    ]);
  if (crumbs) {
    const items = crumbs.els.map((a) => ({ text: textOf(a), el: a }));
    fillList(ctx, 'breadcrumbs', items, 'dom', crumbs.selector);
  }
  if (ctx.listing.images.length === 0 && og['og:image']) {
    // A social card, not the gallery: kept as a last resort, with no element to highlight.
    fillImages(ctx, [{ url: absoluteUrl(og['og:image']) }], 'open-graph');
  }
}
