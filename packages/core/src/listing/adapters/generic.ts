/// <reference lib="dom" />
/** Generic adapter: JSON-LD, then microdata, then Open Graph, then DOM heuristics common to store themes. */
import {
  type BuyBox,
  bestPrice,
  buyBoxAvailability,
  findBuyBox,
  type PriceCandidate,
  priceCandidates,
} from '../buy-box.js';
import { parseAmount, resolveCurrency } from '../currency.js';
import { allWithin, cleanText, firstText, firstWithin, parseCount, parseNumber, textOf, visibleText } from '../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillList, fillPrice, priceFromText } from '../draft.js';
import { findPageSku } from '../labelled-ids.js';
import { LISTING_LIMITS, type ListingPrice } from '../listing-types.js';
import { completeTruncatedName, findMainHeading, stripSiteName } from '../main-heading.js';
import { findNoReviews } from '../no-reviews.js';
import { inOtherProducts } from '../other-products.js';
import type { PageIndex } from '../page-index.js';
import { openGraphPrice } from '../structured-data/open-graph.js';
import { availabilityName, type ProductFacts, productFacts } from '../structured-data/product-node.js';
import { absoluteUrl } from './shopify.js';

/** Fills the facts of one structured-data node; its price is decided with the page's (see `decidePrice`). */
function fillFacts(ctx: AdapterContext, facts: ProductFacts, strategy: string): void {
  fill(ctx, 'title', facts.title, strategy);
  fill(ctx, 'brand', facts.brand, strategy);
  fill(ctx, 'description', facts.description, strategy);
  fillImages(
    ctx,
    facts.images.map((url) => ({ url: absoluteUrl(url) })),
    strategy,
  );
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

/** A structured-data price with its currency resolved ("$" → by domain; "usd" → USD), or undefined. */
function structuredPrice(
  ctx: AdapterContext,
  facts: ProductFacts,
  fallbackCurrency?: string,
): ListingPrice | undefined {
  if (!facts.price) return undefined;
  const raw = facts.price.currency?.trim();
  const currency = raw
    ? /^[A-Za-z]{3}$/.test(raw)
      ? raw.toUpperCase()
      : resolveCurrency(raw, ctx.url, ctx.locale)
    : fallbackCurrency;
  return currency ? { amount: facts.price.amount, currency } : undefined;
}

/**
 * Decides the price from all the evidence: structured data when the page shows the same amount (or
 * shows none), otherwise the buy box's current price, with a warning naming both. Was-, per-unit and
 * instalment prices and other products' prices never count as the page's price (see `buy-box.ts`).
 */
function decidePrice(
  ctx: AdapterContext,
  declared: { price: ListingPrice; strategy: string; el?: Element | null } | undefined,
  candidates: readonly PriceCandidate[],
  currencyHint: string | undefined,
): void {
  const visible = bestPrice(candidates);
  const visiblePrice = visible ? priceFromText(ctx, visible.text, declared?.price.currency ?? currencyHint) : undefined;
  if (declared) {
    // A class name ("price_info", "regular") is weak evidence of an old price; words and strike-through are not.
    const shown = candidates.some((c) => !c.surelyOld && Math.abs(c.amount - declared.price.amount) < 0.005);
    if (shown || !visible || !visiblePrice) {
      fillPrice(ctx, declared.price, declared.strategy, declared.el, shown ? 0.95 : 0.75);
      return;
    }
    if (visible.inBuyBox || visible.score >= 3) {
      ctx.warn(
        `The page shows ${visiblePrice.amount} ${visiblePrice.currency} where its ${declared.strategy} says ${declared.price.amount} ${declared.price.currency}; used the page's price.`,
      );
      fillPrice(ctx, visiblePrice, 'buy-box', visible.el, 0.7);
      return;
    }
    fillPrice(ctx, declared.price, declared.strategy, declared.el, 0.6);
    return;
  }
  if (visible && visiblePrice) fillPrice(ctx, visiblePrice, 'buy-box', visible.el, visible.inBuyBox ? 0.8 : 0.55);
}

/** A brand element near the heading: `itemprop="brand"` or a class or id naming the brand, with short text. */
function findPageBrand(
  index: PageIndex,
  heading: Element | null,
  root: Element | null,
): { el: Element; text: string } | undefined {
  const anchor = heading ? index.position(heading) : -1;
  const candidates = [...index.all('[itemprop="brand"]'), ...index.withNameContaining('brand', 40)];
  for (const el of candidates) {
    if (anchor >= 0 && !(root?.contains(el) ?? false) && Math.abs(index.position(el) - anchor) > 60) continue;
    if (el.localName === 'img' || el.childElementCount > 3) continue;
    const text = el.localName === 'meta' ? cleanText(el.getAttribute('content')) : visibleText(el);
    if (text && text.length <= 60 && !/^(brand|marke|marque|marca)\s*:?$/i.test(text)) {
      return { el, text: text.replace(/^(brand|marke|marque|marca)\s*:\s*/i, '') };
    }
  }
  return undefined;
}

/** The gallery nearest the heading (a container named "gallery", "carousel" or "media" with images). */
function nearestGallery(ctx: AdapterContext, heading: Element | null): void {
  const anchor = heading ? ctx.index.position(heading) : -1;
  const containers = ['gallery', 'carousel', 'product-media', 'product-images', 'pdp-images'].flatMap((name) =>
    ctx.index.withNameContaining(name, 30),
  );
  let best: { images: Element[]; distance: number } | undefined;
  for (const container of containers) {
    const images = Array.from(container.querySelectorAll('img')).slice(0, LISTING_LIMITS.images);
    if (images.length === 0) continue;
    const distance = anchor < 0 ? ctx.index.position(container) : Math.abs(ctx.index.position(container) - anchor);
    if (distance > 400 || inOtherProducts(container)) continue;
    if (!best || distance < best.distance) best = { images, distance };
  }
  if (!best) return;
  const images = best.images.map((img) => ({
    url: absoluteUrl(
      img.getAttribute('data-zoom-image') || img.getAttribute('data-src') || img.getAttribute('src') || '',
    ),
    ...(img.getAttribute('alt') !== null ? { alt: cleanText(img.getAttribute('alt')) } : {}),
    el: img,
  }));
  fillImages(ctx, images, 'dom-gallery');
}

/** The first element matching `selector` with text that is not in another product's block. */
function firstOwn(index: PageIndex, selector: string): { el: Element; text: string } | null {
  for (const el of index.all(selector).slice(0, 50)) {
    if (inOtherProducts(el)) continue;
    const text = el.localName === 'meta' ? cleanText(el.getAttribute('content')) : textOf(el);
    if (text) return { el, text };
  }
  return null;
}

/** Fills what the site adapter left empty; `products`/`microdata`/`og` are parsed once by the caller. */
export function extractGeneric(
  ctx: AdapterContext,
  sd: { jsonLd: Record<string, unknown>[]; microdata: Record<string, unknown>[]; og: Record<string, string> },
  breadcrumbs: string[],
): void {
  const og = sd.og;
  const ogPrice = openGraphPrice(og);
  const ogCurrency =
    ogPrice.currency && /^[A-Za-z]{3}$/.test(ogPrice.currency) ? ogPrice.currency.toUpperCase() : undefined;
  const { listing } = ctx;
  const jsonLdFacts = sd.jsonLd.map(productFacts);
  const microdataFacts = sd.microdata.map(productFacts);
  const pageTitle = textOf(ctx.index.first('title'));
  const siteName = og['og:site_name'];
  // Without the store's name: a logo heading must not agree with "Product | Store".
  const nameSources = [
    ...jsonLdFacts.map((f) => f.title ?? ''),
    ...microdataFacts.map((f) => f.title ?? ''),
    stripSiteName(og['og:title'] ?? '', siteName, ctx.url),
    stripSiteName(pageTitle, siteName, ctx.url),
  ].filter(Boolean);

  // The visible heading names the product as shoppers see it (structured names often append the variant).
  const heading = findMainHeading(ctx.index, nameSources);
  if (heading) {
    const text = completeTruncatedName(heading.text, nameSources);
    fill(ctx, 'title', text, 'main-heading', heading.el, 0.55 + 0.4 * heading.agreement);
  }
  // Site adapters (Amazon, Walmart) read their own buy box; the generic one is for every other store.
  const readBuyBox = listing.marketplace !== 'amazon' && listing.marketplace !== 'walmart';
  const box: BuyBox = readBuyBox
    ? findBuyBox(ctx.index, heading?.el ?? null)
    : { root: null, addToCart: null, soldOutControl: false };
  const candidates = readBuyBox && !listing.price ? priceCandidates(ctx.index, box, heading?.el ?? null) : [];

  if (listing.images.length === 0) galleryImages(ctx);
  let declared: { price: ListingPrice; strategy: string; el?: Element | null } | undefined;
  for (const [i, node] of sd.jsonLd.entries()) {
    const facts = jsonLdFacts[i]!;
    if (node.offers !== undefined && !facts.price) {
      ctx.warn('JSON-LD Product has offers but no readable price; used the next source.');
    }
    fillFacts(ctx, facts, 'json-ld');
    const price = structuredPrice(ctx, facts, ogCurrency);
    if (price && !declared) declared = { price, strategy: 'json-ld' };
  }
  for (const facts of microdataFacts) {
    fillFacts(ctx, facts, 'microdata');
    const price = structuredPrice(ctx, facts, ogCurrency);
    if (price && !declared) declared = { price, strategy: 'microdata' };
  }

  const ogMeta = (key: string) => ctx.index.first(`meta[property="${key}"]`);
  if (og['og:title'])
    fill(ctx, 'title', stripSiteName(og['og:title'], siteName, ctx.url), 'open-graph', ogMeta('og:title'));
  fill(ctx, 'brand', og['product:brand'] ?? og['og:brand'], 'open-graph');
  if (!declared && ogPrice.amount && ogPrice.key) {
    const amount = parseAmount(ogPrice.amount);
    const currency = ogCurrency ?? priceFromText(ctx, ogPrice.amount)?.currency;
    if (amount !== null && amount > 0 && currency) {
      declared = { price: { amount, currency }, strategy: 'open-graph', el: ogMeta(ogPrice.key) };
    }
  }
  if (!listing.price) decidePrice(ctx, declared, candidates, ogCurrency);
  const ogAvailability = og['product:availability'] ?? og['og:availability'];
  fill(ctx, 'availability', availabilityName(ogAvailability), 'open-graph');
  fillId(ctx, 'sku', og['product:retailer_item_id'], 'open-graph');
  if (readBuyBox && !listing.availability) {
    const stock = buyBoxAvailability(ctx.index, box, heading?.el ?? null);
    if (stock) fill(ctx, 'availability', stock.status, 'buy-box', stock.el, stock.confidence);
  }
  if (readBuyBox && !listing.brand) {
    const brand = findPageBrand(ctx.index, heading?.el ?? null, box.root);
    if (brand) fill(ctx, 'brand', brand.text, 'brand-element', brand.el, 0.7);
  }
  if (readBuyBox && listing.images.length === 0) nearestGallery(ctx, heading?.el ?? null);
  if (readBuyBox && !listing.ids.sku) {
    const sku = findPageSku(ctx.index, heading?.el ?? null, box.root);
    if (sku) fillId(ctx, 'sku', sku.value, sku.strategy, sku.el, sku.strategy === 'data-layer' ? 0.6 : 0.75);
  }

  // DOM heuristics only run for what is still missing, so a complete page costs no extra queries.
  if (!listing.title && pageTitle)
    fill(ctx, 'title', stripSiteName(pageTitle, siteName, ctx.url), 'page-title', ctx.index.first('title'));
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
  // A star widget in an up-sell tile is another product's; a product with no reviews has no rating.
  if (listing.rating === null && listing.reviewCount !== 0) {
    const rating =
      firstOwn(ctx.index, '[itemprop="ratingValue"]') ??
      firstOwn(ctx.index, '.star-rating') ??
      firstOwn(ctx.index, '.rating');
    const value = parseNumber(rating?.text);
    if (value !== null && value > 0 && value <= 5) fill(ctx, 'rating', value, 'dom', rating?.el);
  }
  if (listing.reviewCount === null) {
    const reviews =
      firstOwn(ctx.index, '[itemprop="reviewCount"]') ??
      firstWithin(ctx.index, [['.woocommerce-review-link', '.count']]);
    fill(ctx, 'reviewCount', parseCount(reviews?.text) ?? undefined, 'dom', reviews?.el);
    // "No reviews yet" is a count: 0, not unknown.
    const none =
      listing.reviewCount === null && listing.rating === null
        ? findNoReviews(ctx.index, heading?.el ?? null)
        : undefined;
    if (none) fill(ctx, 'reviewCount', 0, 'review-widget', none, 0.7);
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
