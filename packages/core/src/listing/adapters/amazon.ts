/// <reference lib="dom" />
/** Amazon adapter: `#productTitle`, the buy-box price, stock line and byline of every storefront, the main gallery, A+. */
import { currencyFromDomain, parseAmount, parsePriceText, resolveCurrency } from '../currency.js';
import { allWithin, asRecord, cleanText, firstOf, firstText, parseCount, safeJson, textOf } from '../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillList, fillPrice, source } from '../draft.js';
import { sliceJsonValue } from '../embedded-json.js';
import type { ListingImage, ListingPrice } from '../listing-types.js';
import { statesNoReviews } from '../no-reviews.js';
import { availabilityFromText } from '../stock-text.js';
import {
  type AmazonMarketplace,
  amazonBrandFromByline,
  amazonMarketplaceFor,
  amazonNamesReviewCount,
  isAmazonBrandLabel,
  isAmazonListPriceLabel,
  isAmazonUsedOfferLabel,
} from './amazon-locales.js';

/** ASINs are 10 characters and contain a digit, so a 10-letter slug word is never taken for one. */
const ASIN_IN_URL = /\/(?:dp|gp\/product|gp\/aw\/d|exec\/obidos\/asin|o\/ASIN)\/([A-Z0-9]{10})(?=[/?#]|$)/i;

export function asinFromUrl(url: string): string | undefined {
  const m = ASIN_IN_URL.exec(url);
  const asin = m?.[1]?.toUpperCase();
  return asin && /\d/.test(asin) ? asin : undefined;
}

const BOILERPLATE_BULLET = /^make sure this fits/i;
const SIZE_TOKEN = /\._[A-Z_]*?(?:SL|UL|SX|SY|UX|UY)(\d{2,5})_/;

/** Largest `{url: [w, h]}` entry of a dynamic-image map. */
function largestVariant(map: unknown): { url: string; width: number; height: number } | undefined {
  const record = asRecord(map);
  if (!record) return undefined;
  let best: { url: string; width: number; height: number } | undefined;
  for (const [url, dims] of Object.entries(record)) {
    if (!Array.isArray(dims)) continue;
    const [w, h] = dims as unknown[];
    if (typeof w !== 'number' || typeof h !== 'number') continue;
    if (!best || w * h > best.width * best.height) best = { url, width: w, height: h };
  }
  return best;
}

/** One gallery entry: the hi-res URL when there is one, sized from the largest variant (scaled to hi-res). */
function galleryImage(raw: unknown): ListingImage | undefined {
  const item = asRecord(raw);
  if (!item) return undefined;
  const hiRes = typeof item.hiRes === 'string' ? item.hiRes : undefined;
  const large = typeof item.large === 'string' ? item.large : undefined;
  const best = largestVariant(item.main);
  const url = hiRes ?? best?.url ?? large;
  if (!url) return undefined;
  const image: ListingImage = { url };
  if (best) {
    image.width = best.width;
    image.height = best.height;
  }
  // Real image URLs are ~100 characters; the lazy size-token scan is kept off page-sized strings.
  const token = hiRes && hiRes.length <= 2_048 ? Number(SIZE_TOKEN.exec(hiRes)?.[1]) : Number.NaN;
  if (Number.isFinite(token)) {
    const longest = Math.max(image.width ?? 0, image.height ?? 0);
    if (longest > 0 && token > longest) {
      image.width = Math.round(((image.width ?? 0) * token) / longest);
      image.height = Math.round(((image.height ?? 0) * token) / longest);
    } else if (longest === 0) image.width = image.height = token;
  }
  return image;
}

/** The picture id of an Amazon image URL (`…/images/I/61sHC1vfxaL._SL1100_.jpg` → `61sHC1vfxaL`): one picture at any size. */
export function pictureIdOf(url: string): string | undefined {
  const at = url.indexOf('/images/I/');
  if (at < 0) return undefined;
  const rest = url.slice(at + 10, at + 10 + 200);
  const dot = rest.indexOf('.');
  const id = dot > 0 ? rest.slice(0, dot) : rest;
  try {
    return decodeURIComponent(id) || undefined;
  } catch {
    return id || undefined;
  }
}

interface GalleryEntry {
  image: ListingImage;
  /** Picture id of the entry's thumbnail, to match it with the thumbnails the gallery shows. */
  thumbId?: string | undefined;
}

/**
 * The `'colorImages': { 'initial': [...] }` gallery, the books `'imageGalleryData'` and the `"videos": [...]`
 * array, which live in inline scripts (often different ones). Each script's text is searched once per marker.
 */
function readImageBlock(ctx: AdapterContext): {
  images: GalleryEntry[] | null;
  books: ListingImage[] | null;
  videos: number;
} {
  const out = { images: null as GalleryEntry[] | null, books: null as ListingImage[] | null, videos: 0 };
  let foundVideos = false;
  for (const script of ctx.index.all('script:not([src])')) {
    if (out.images && out.books && foundVideos) break;
    const text = script.textContent ?? '';
    const at = out.images ? -1 : text.indexOf("'colorImages'");
    if (at >= 0) {
      const initial = text.indexOf("'initial'", at);
      const json = initial >= 0 ? sliceJsonValue(text, initial + 9) : null;
      const parsed = json ? safeJson(json) : null;
      if (parsed?.ok && Array.isArray(parsed.value)) {
        out.images = [];
        for (const raw of parsed.value) {
          const image = galleryImage(raw);
          const thumb = asRecord(raw)?.thumb;
          if (image) out.images.push({ image, thumbId: typeof thumb === 'string' ? pictureIdOf(thumb) : undefined });
        }
      } else {
        out.images = [];
        ctx.warn('Amazon colorImages data was found but could not be parsed; used the DOM gallery.');
      }
    }
    const booksAt = out.books ? -1 : text.indexOf("'imageGalleryData'");
    if (booksAt >= 0) {
      const json = sliceJsonValue(text, text.indexOf(':', booksAt) + 1);
      const parsed = json ? safeJson(json) : null;
      if (parsed?.ok && Array.isArray(parsed.value)) {
        out.books = [];
        for (const raw of parsed.value) {
          const item = asRecord(raw);
          if (typeof item?.mainUrl !== 'string') continue;
          const image: ListingImage = { url: item.mainUrl };
          const dims = Array.isArray(item.dimensions) ? (item.dimensions as unknown[]) : [];
          if (typeof dims[0] === 'number' && typeof dims[1] === 'number') {
            image.width = dims[0];
            image.height = dims[1];
          }
          out.books.push(image);
        }
      }
    }
    const videoAt = foundVideos ? -1 : text.indexOf('"videos"');
    if (videoAt >= 0) {
      const videos = sliceJsonValue(text, text.indexOf(':', videoAt) + 1);
      const parsedVideos = videos ? safeJson(videos) : null;
      if (parsedVideos?.ok && Array.isArray(parsedVideos.value)) {
        foundVideos = true;
        out.videos = parsedVideos.value.filter((v) => asRecord(v)?.isVideo !== false).length;
      }
    }
  }
  if (out.images?.length === 0) out.images = null;
  if (out.books?.length === 0) out.books = null;
  return out;
}

/** Whether a thumbnail `li` shows a picture (not a template, video, 360° view or hidden placeholder). */
function isPictureThumb(li: Element): boolean {
  const cls = ` ${li.getAttribute('class') ?? ''} `.toLowerCase();
  if (cls.includes(' template ') || cls.includes('video') || cls.includes('360') || cls.includes('aok-hidden'))
    return false;
  return cls.includes(' item ') || cls.includes('imagethumbnail');
}

/** The picture thumbnails the main gallery shows (`#altImages`, books' `#imageBlockThumbs`), videos left out. */
function galleryThumbs(ctx: AdapterContext): { url: string; el: Element }[] {
  const out: { url: string; el: Element }[] = [];
  const alt = ctx.index.first('#altImages');
  const items = alt ? Array.from(alt.querySelectorAll('li')).filter(isPictureThumb) : [];
  for (const li of items.slice(0, 400)) {
    const img = li.querySelector('img');
    const url = img?.getAttribute('src');
    if (img && url) out.push({ url, el: img });
  }
  if (out.length > 0 || alt) return out;
  for (const img of ctx.index.all('#imageBlockThumbs img').slice(0, 400)) {
    const url = img.getAttribute('src');
    if (url) out.push({ url, el: img });
  }
  return out;
}

/** Slots of the desktop thumbnail strip (pictures and videos together). */
const GALLERY_SLOTS = 7;

/** Whether the thumbnail strip is full: then the gallery data may hold pictures the gallery does not show. */
function stripIsFull(ctx: AdapterContext, pictures: number): boolean {
  const videos = ctx.index.first('#altImages')?.querySelectorAll('li.videoThumbnail, li.videoBlockIngress').length ?? 0;
  return pictures + videos >= GALLERY_SLOTS;
}

/**
 * The gallery's pictures: the `colorImages` entries (one per picture), only those whose thumbnails the
 * strip shows when the strip is full (the data then often holds more pictures than the gallery shows);
 * else the books gallery data; else the main image and the thumbnails.
 */
function readGallery(ctx: AdapterContext): number {
  const block = readImageBlock(ctx);
  const landing = firstOf(ctx.index, [
    '#landingImage',
    '#imgBlkFront',
    '#ebooksImgBlkFront',
    '#imgTagWrapperId img',
    '#main-image-container img',
  ]);
  const mainAlt = landing?.el.getAttribute('alt') || undefined;
  const thumbs = galleryThumbs(ctx);
  if (block.images) {
    let entries = block.images;
    const shown = new Set(thumbs.map((t) => pictureIdOf(t.url)).filter((id) => id !== undefined));
    if (stripIsFull(ctx, thumbs.length) && entries.some((e) => e.thumbId && shown.has(e.thumbId))) {
      const seen = new Set<string>();
      entries = entries.filter((e) => e.thumbId && shown.has(e.thumbId) && !seen.has(e.thumbId) && seen.add(e.thumbId));
    }
    const [first, ...rest] = entries.map((e) => e.image);
    if (first && mainAlt) first.alt = mainAlt;
    fillImages(ctx, [{ ...first!, el: landing?.el }, ...rest], 'amazon-color-images');
  } else if (block.books) {
    const [first, ...rest] = block.books;
    if (first && mainAlt) first.alt = mainAlt;
    fillImages(ctx, [{ ...first!, el: landing?.el }, ...rest], 'amazon-image-gallery');
  } else if (landing) {
    const parsed = safeJson(landing.el.getAttribute('data-a-dynamic-image') ?? '');
    const best = parsed.ok ? largestVariant(parsed.value) : undefined;
    const hires = landing.el.getAttribute('data-old-hires') || undefined;
    const main: ListingImage & { el?: Element } = best
      ? { ...galleryImage({ hiRes: hires, main: parsed.ok ? parsed.value : undefined })!, el: landing.el }
      : { url: hires ?? landing.el.getAttribute('src') ?? '', el: landing.el };
    if (mainAlt) main.alt = mainAlt;
    fillImages(ctx, [main, ...thumbs.slice(1)], 'amazon-dom');
  }
  return block.videos;
}

/** Text of an `.a-price` and the element it came from: the screen-reader copy, else the symbol, whole and fraction parts. */
function aPriceText(el: Element): { text: string; el: Element } {
  const offscreen = el.querySelector('.a-offscreen');
  const copy = textOf(offscreen);
  if (offscreen && /\d/.test(copy)) return { text: copy, el: offscreen };
  const whole = textOf(el.querySelector('.a-price-whole')).replace(/\D/g, '');
  if (!whole) return { text: textOf(el), el };
  const fraction = textOf(el.querySelector('.a-price-fraction')).replace(/\D/g, '');
  return { text: `${textOf(el.querySelector('.a-price-symbol'))} ${whole}${fraction ? `.${fraction}` : ''}`, el };
}

/** Never the price to pay: struck-through and reference prices, per-unit prices, used offers, hidden copies. */
const NOT_PRICE_CLASSES = ['a-text-strike', 'basisPrice', 'pricePerUnit', 'aok-hidden'];
const NOT_PRICE_IDS = new Set(['listPrice', 'usedBuySection', 'usedbuyBox', 'usedOfferAccordionRow']);
/** Ancestors looked at from a price element: its buy-box block is a few levels up; a hostile page nests thousands. */
const PRICE_ANCESTORS = 25;

function hasClass(el: Element, name: string): boolean {
  const cls = el.getAttribute('class');
  return cls !== null && ` ${cls} `.replace(/\s/g, ' ').includes(` ${name} `);
}

/** The nearest of the first `PRICE_ANCESTORS` ancestors (the element included) that passes `test`. */
function nearest(el: Element, test: (node: Element) => boolean): Element | null {
  let node: Element | null = el;
  for (let depth = 0; node && depth < PRICE_ANCESTORS; depth++, node = node.parentElement) if (test(node)) return node;
  return null;
}

function isNotPriceToPay(node: Element): boolean {
  if (node.getAttribute('data-a-strike') === 'true') return true;
  const id = node.getAttribute('id');
  return (id !== null && NOT_PRICE_IDS.has(id)) || NOT_PRICE_CLASSES.some((c) => hasClass(node, c));
}

const isOfferSection = (node: Element) =>
  hasClass(node, 'a-accordion-row-container') || hasClass(node, 'rbbHeader') || node.id === 'mediaNoAccordion';

/** A price element's text (and the element read), or undefined when it is a list, unit or used-offer price. */
function priceToPayText(el: Element, market: AmazonMarketplace | undefined): { text: string; el: Element } | undefined {
  if (nearest(el, isNotPriceToPay)) return undefined;
  const price = hasClass(el, 'a-price') ? el : el.querySelector('.a-price');
  const read = price ? aPriceText(price) : { text: textOf(el), el };
  const text = read.text;
  // "(€12.40 / 100 ml)" is a unit price wherever it sits.
  if (!/\d/.test(text) || text.startsWith('(') || text.includes('/')) return undefined;
  const row = nearest(el, (node) => node.localName === 'tr');
  const label = row ? textOf(row.querySelector('td, th')) : '';
  if (label && !label.includes(text) && isAmazonListPriceLabel(label, market)) return undefined;
  const section = nearest(el, isOfferSection);
  const heading = section ? textOf(section.querySelector('.header-text, .a-text-bold')) : '';
  if (heading && isAmazonUsedOfferLabel(heading, market)) return undefined;
  return read;
}

/**
 * Where the price to pay for a new item sits, in the current and older buy-box layouts, first match wins:
 * the core price block, the classic price blocks, the books "Buy new" and Kindle rows, the selected format.
 */
const PRICE_SELECTORS = [
  '#corePriceDisplay_desktop_feature_div .priceToPay',
  '#corePriceDisplay_desktop_feature_div .apexPriceToPay',
  '#corePrice_desktop .apexPriceToPay',
  '#corePrice_desktop .priceToPay',
  '#corePrice_feature_div .priceToPay',
  '#corePrice_feature_div .apexPriceToPay',
  '#apex_desktop .priceToPay',
  '#apex_desktop .apexPriceToPay',
  '#corePriceDisplay_mobile_feature_div .priceToPay',
  '#corePriceDisplay_desktop_feature_div .a-price',
  '#corePrice_feature_div .a-price',
  '#corePrice_desktop .a-price',
  '#corePrice_mobile_feature_div .a-price',
  '#priceblock_dealprice',
  '#priceblock_saleprice',
  '#priceblock_ourprice',
  '#price_inside_buybox',
  '#newBuyBoxPrice',
  '#kindle-price',
  'tr.kindle-price .a-color-price',
  '#buyNewSection .offer-price',
  '#newOfferAccordionRow .header-price',
  '#mediaNoAccordion .header-price',
  'span#price',
  '#tmmSwatches .selected .a-color-price',
];

/** The amount and currency of a price text: the symbol in the text, else the storefront's currency. */
function priceFrom(ctx: AdapterContext, text: string, market: AmazonMarketplace | undefined): ListingPrice | undefined {
  const parsed = parsePriceText(text);
  if (!parsed) return undefined;
  const currency =
    resolveCurrency(parsed.symbol, ctx.url, ctx.locale) ?? market?.currency ?? currencyFromDomain(ctx.url);
  return currency ? { amount: parsed.amount, currency } : undefined;
}

function readPrice(ctx: AdapterContext, market: AmazonMarketplace | undefined): void {
  for (const selector of PRICE_SELECTORS) {
    for (const el of ctx.index.all(selector).slice(0, 20)) {
      const read = priceToPayText(el, market);
      const price = read ? priceFrom(ctx, read.text, market) : undefined;
      if (price && read && fillPrice(ctx, price, 'amazon-dom', read.el)) return;
    }
  }
  // The buying-options data of the variation widget: the new offer's amount, as a number.
  for (const el of ctx.index.all('.twister-plus-buying-options-price-data').slice(0, 5)) {
    const parsed = safeJson(el.textContent ?? '');
    const offers = parsed.ok && Array.isArray(parsed.value) ? parsed.value : [];
    const offer = offers.map(asRecord).find((o) => o?.buyingOptionType === 'NEW');
    const amount = offer?.priceAmount;
    if (typeof amount !== 'number' || !(amount >= 0)) continue;
    const display = typeof offer?.displayPrice === 'string' ? offer.displayPrice : '';
    const currency = priceFrom(ctx, display, market)?.currency ?? market?.currency ?? currencyFromDomain(ctx.url);
    if (currency && fillPrice(ctx, { amount, currency }, 'amazon-dom', el)) return;
  }
}

/** Where the stock line sits, first non-empty wins. */
const STOCK_SELECTORS = ['#availability', '#outOfStock', '#availability_feature_div', '#almAvailability_feature_div'];

function readAvailability(ctx: AdapterContext): void {
  for (const selector of STOCK_SELECTORS) {
    const el = ctx.index.first(selector);
    const status = el ? availabilityFromText(textOf(el))?.status : undefined;
    if (el && status) {
      // The source points at the line's own text element when there is one (`#availability > span`).
      const line = Array.from(el.children).find((child) => child.localName === 'span' && textOf(child)) ?? el;
      fill(ctx, 'availability', status, 'amazon-dom', line);
      return;
    }
  }
}

/** An integer count at the start of a review-count text ("1.234 Sternebewertungen", "(1,234)", "71個の評価"). */
function countIn(text: string): number | null {
  const n = text ? parseAmount(text) : null;
  return n !== null && Number.isSafeInteger(n) ? n : null;
}

/**
 * The product's own review count: the count under the title, then the review widget's total; 0 when the
 * widget says there are none yet. Widgets quoting another storefront's reviews are never read.
 */
function readReviewCount(ctx: AdapterContext, market: AmazonMarketplace | undefined): void {
  const own = firstText(ctx.index, ['#acrCustomerReviewText']);
  const ownCount = own ? countIn(own.text) : null;
  if (own && ownCount !== null && fill(ctx, 'reviewCount', ownCount, 'amazon-dom', own.el)) return;
  const total = firstText(ctx.index, [
    '#reviewsMedley [data-hook="total-review-count"]',
    '#cm_cr_dp_d_rating_histogram [data-hook="total-review-count"]',
    'span[data-hook="total-review-count"]',
  ]);
  const totalCount = total && amazonNamesReviewCount(total.text, market) ? countIn(total.text) : null;
  if (total && totalCount !== null && fill(ctx, 'reviewCount', totalCount, 'amazon-dom', total.el)) return;
  const none = [ctx.index.first('#acrCustomerWriteReviewText'), total?.el].find(
    (el): el is Element => el !== null && el !== undefined && statesNoReviews(textOf(el)),
  );
  if (none) fill(ctx, 'reviewCount', 0, 'amazon-dom', none);
}

/** A byline of contributors (books, music, films: "Kernighan (Author)", "Format: DVD"), which names no brand. */
function isContributorByline(el: Element): boolean {
  return el.querySelector('.author, .contribution, .a-color-secondary') !== null;
}

/** The store or brand page a byline links to (`/stores/WELEDA/page/…`, `/Brightline/b/…`), as a name. */
function storeLinkName(href: string | null): string | undefined {
  const path = (href ?? '').slice(0, 500);
  const stores = path.indexOf('/stores/');
  let slug: string | undefined;
  if (stores >= 0) slug = path.slice(stores + 8).split('/')[0];
  else if (path.startsWith('/') && path.slice(1).split('/')[1] === 'b') slug = path.slice(1).split('/')[0];
  if (!slug) return undefined;
  let name = slug;
  try {
    name = decodeURIComponent(slug);
  } catch {
    // A malformed escape: the slug as written.
  }
  name = name.replace(/[-+_]/g, ' ').trim();
  return name.length >= 2 ? name : undefined;
}

/**
 * The brand of a byline: a known phrasing taken off; for a phrasing no table row knows, the name of the
 * store the byline links to, as the byline writes it ("Zum WELEDA-Shop" → "WELEDA").
 */
function brandFromByline(byline: Element, market: AmazonMarketplace | undefined): string | undefined {
  const text = cleanText(textOf(byline));
  const brand = amazonBrandFromByline(text, market);
  if (brand !== text) return brand;
  const name = storeLinkName(byline.getAttribute('href'));
  const lower = text.toLowerCase();
  const at = name && lower.length === text.length ? lower.indexOf(name.toLowerCase()) : -1;
  return name && at >= 0 ? text.slice(at, at + name.length) : brand;
}

function readBrand(ctx: AdapterContext, market: AmazonMarketplace | undefined): void {
  const byline = ctx.index.first('#bylineInfo');
  if (byline && !isContributorByline(byline)) {
    if (fill(ctx, 'brand', brandFromByline(byline, market), 'amazon-dom', byline)) return;
  }
  const overview = ctx.index.first('#productOverview_feature_div .po-brand td:nth-child(2) span');
  if (fill(ctx, 'brand', textOf(overview) || undefined, 'amazon-dom', overview)) return;
  // Product-detail tables: the row whose label is the storefront's word for brand.
  for (const th of ctx.index.all('#productDetails_techSpec_section_1 th, #productDetails_detailBullets_sections1 th')) {
    if (!isAmazonBrandLabel(textOf(th), market)) continue;
    const cell = th.parentElement?.querySelector('td');
    if (fill(ctx, 'brand', textOf(cell) || undefined, 'amazon-dom', cell)) return;
  }
  // The classic layout's brand link (a logo image has no text and is passed over).
  const link = ctx.index.first('a#brand');
  if (link) fill(ctx, 'brand', amazonBrandFromByline(textOf(link), market), 'amazon-dom', link);
}

/**
 * The average in a star text: "4,5 von 5 Sternen", "5つ星のうち4.6", "5 yıldız üzerinden 4,5". Of two numbers,
 * one of them the scale (5), the other is the average.
 */
export function parseStarRating(text: string): number | undefined {
  const numbers: number[] = [];
  for (const m of text.slice(0, 200).matchAll(/\d+(?:[.,]\d+)?/g)) {
    numbers.push(Number(m[0].replace(',', '.')));
    if (numbers.length === 2) break;
  }
  const [first, second] = numbers;
  const rating = first === 5 && second !== undefined ? second : first;
  return rating !== undefined && rating >= 0 && rating <= 5 ? rating : undefined;
}

/** `#productTitle` without the format label some storefronts nest in it ("Original recording"). */
function readTitle(ctx: AdapterContext): void {
  const title = firstOf(ctx.index, ['#productTitle', '#ebooksProductTitle', '#title span', 'h1#title']);
  if (!title) return;
  let text = textOf(title.el);
  const label = textOf(title.el.querySelector('.a-color-secondary'));
  if (label && text.length > label.length && text.endsWith(label)) text = cleanText(text.slice(0, -label.length));
  fill(ctx, 'title', text || undefined, 'amazon-dom', title.el);
}

export function extractAmazon(ctx: AdapterContext): void {
  if (ctx.index.first('form[action*="validateCaptcha"]')) {
    ctx.warn('Amazon served a captcha page: the listing could not be read (unknown, not missing).');
  }
  const market = amazonMarketplaceFor(ctx.url);
  // input#ASIN is the item shown; other ASIN inputs (the variation parent) come earlier on some pages.
  const asinInput = firstOf(ctx.index, ['input#ASIN', 'input[name="ASIN"]']);
  fillId(ctx, 'asin', asinInput?.el.getAttribute('value')?.trim() || undefined, 'amazon-dom', asinInput?.el);
  fillId(ctx, 'asin', asinFromUrl(ctx.url), 'url');

  readTitle(ctx);
  readBrand(ctx, market);

  const bulletRoot = firstOf(ctx.index, ['#feature-bullets', '#featurebullets_feature_div']);
  if (bulletRoot) {
    const items = Array.from(bulletRoot.el.querySelectorAll('li'))
      .filter((li) => !li.classList.contains('aok-hidden') && li.getAttribute('id') !== 'replacementPartsFitmentBullet')
      .map((li) => ({ text: textOf(li), el: li }))
      .filter((b) => b.text && !BOILERPLATE_BULLET.test(b.text));
    fillList(ctx, 'bullets', items, 'amazon-dom', `${bulletRoot.selector} li`);
  }

  const description = firstText(ctx.index, ['#productDescription', '#bookDescription_feature_div']);
  fill(ctx, 'description', description?.text, 'amazon-dom', description?.el);

  // Scope A+ to #aplus_feature_div: the brand story carries its own id="aplus" before the real block.
  const aplus = firstOf(ctx.index, ['#aplus_feature_div', '#aplus3p_feature_div']);
  if (aplus) {
    const modules = aplus.el.querySelectorAll('.aplus-module').length;
    ctx.listing.aPlusModuleCount = modules;
    ctx.listing.hasAPlus = modules > 0 || textOf(aplus.el).length > 40;
    ctx.listing.extraction.fields.hasAPlus = { ...source('amazon-dom'), selector: aplus.selector };
  }

  const scriptVideos = readGallery(ctx);
  const videoThumbs = ctx.index.first('#altImages')?.querySelectorAll('li.videoThumbnail').length ?? 0;
  const videoCountText = parseCount(textOf(ctx.index.first('#videoCount_template, #videoCount')));
  ctx.listing.videoCount = Math.max(scriptVideos, videoThumbs, videoCountText ?? 0);

  const rating = firstOf(ctx.index, [
    '#acrPopover',
    'i[data-hook="average-star-rating"]',
    'span[data-hook="rating-out-of-text"]',
  ]);
  const ratingText =
    rating?.el.getAttribute('title') || textOf(rating?.el.querySelector('.a-icon-alt')) || textOf(rating?.el);
  fill(ctx, 'rating', parseStarRating(ratingText), 'amazon-dom', rating?.el);
  readReviewCount(ctx, market);
  readPrice(ctx, market);
  readAvailability(ctx);

  const crumbs = allWithin(ctx.index, [['#wayfinding-breadcrumbs_feature_div', 'li a']]);
  if (crumbs) {
    const items = crumbs.els.map((a) => ({ text: textOf(a), el: a }));
    fillList(ctx, 'breadcrumbs', items, 'amazon-dom', crumbs.selector);
  }
}
