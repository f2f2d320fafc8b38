/// <reference lib="dom" />
/** Amazon adapter: `#productTitle`, feature bullets, the `colorImages` gallery data, A+ in `#aplus_feature_div`. */
import {
  allWithin,
  asRecord,
  cleanText,
  firstOf,
  firstText,
  firstWithin,
  parseCount,
  parseNumber,
  safeJson,
  textOf,
} from '../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillList, fillPrice, priceFromText } from '../draft.js';
import { sliceJsonValue } from '../embedded-json.js';
import type { ListingImage } from '../listing-types.js';

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

/**
 * The `'colorImages': { 'initial': [...] }` gallery and the `"videos": [...]` array, which live in
 * inline scripts (often different ones). Each script's text is searched once for both markers.
 */
function readImageBlock(ctx: AdapterContext): { images: ListingImage[]; videos: number } {
  const out = { images: [] as ListingImage[], videos: 0 };
  let foundImages = false;
  let foundVideos = false;
  for (const script of ctx.index.all('script:not([src])')) {
    if (foundImages && foundVideos) break;
    const text = script.textContent ?? '';
    const at = foundImages ? -1 : text.indexOf("'colorImages'");
    if (at >= 0) {
      foundImages = true;
      const initial = text.indexOf("'initial'", at);
      const json = initial >= 0 ? sliceJsonValue(text, initial + 9) : null;
      const parsed = json ? safeJson(json) : null;
      if (parsed?.ok && Array.isArray(parsed.value)) {
        out.images = parsed.value.map(galleryImage).filter((i): i is ListingImage => i !== undefined);
      } else ctx.warn('Amazon colorImages data was found but could not be parsed; used the DOM gallery.');
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
  return out;
}

function availabilityFromText(text: string): string | undefined {
  const t = text.toLowerCase();
  if (/currently unavailable|out of stock|unavailable/.test(t)) return 'OutOfStock';
  if (/pre-?order/.test(t)) return 'PreOrder';
  if (/in stock|left in stock|ships|available/.test(t)) return 'InStock';
  return undefined;
}

/** "Visit the Acme Store" / "Brand: Acme" → "Acme". Anchored prefix regexes and an endsWith test: no backtracking on long bylines. */
function brandFromByline(text: string): string {
  let brand = cleanText(text).replace(/^visit the /i, '');
  if (/ store$/i.test(brand.slice(-6))) brand = brand.slice(0, -6);
  return cleanText(brand.replace(/^brand: ?/i, ''));
}

export function extractAmazon(ctx: AdapterContext): void {
  if (ctx.index.first('form[action*="validateCaptcha"]')) {
    ctx.warn('Amazon served a captcha page: the listing could not be read (unknown, not missing).');
  }
  const asinInput = firstOf(ctx.index, ['input[name="ASIN"]', 'input#ASIN']);
  fillId(ctx, 'asin', asinInput?.el.getAttribute('value')?.trim() || undefined, 'amazon-dom', asinInput?.el);
  fillId(ctx, 'asin', asinFromUrl(ctx.url), 'url');

  const title = firstText(ctx.index, ['#productTitle', '#title span', 'h1#title']);
  fill(ctx, 'title', title?.text, 'amazon-dom', title?.el);
  const byline =
    firstText(ctx.index, ['#bylineInfo']) ??
    firstWithin(ctx.index, [['#productOverview_feature_div', '.po-brand td:nth-child(2) span']]);
  fill(ctx, 'brand', byline ? brandFromByline(byline.text) : undefined, 'amazon-dom', byline?.el);

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
    ctx.listing.extraction.hasAPlus = { strategy: 'amazon-dom', selector: aplus.selector };
  }

  const block = readImageBlock(ctx);
  const landing = firstOf(ctx.index, ['#landingImage', '#imgBlkFront', '#imgTagWrapperId img']);
  const mainAlt = landing?.el.getAttribute('alt') ?? undefined;
  if (block.images.length > 0) {
    const [first, ...rest] = block.images;
    if (first && mainAlt) first.alt = mainAlt;
    fillImages(ctx, [{ ...first!, el: landing?.el }, ...rest], 'amazon-color-images');
  } else if (landing) {
    const parsed = safeJson(landing.el.getAttribute('data-a-dynamic-image') ?? '');
    const best = parsed.ok ? largestVariant(parsed.value) : undefined;
    const hires = landing.el.getAttribute('data-old-hires') || undefined;
    const main: ListingImage & { el?: Element } = best
      ? { ...galleryImage({ hiRes: hires, main: parsed.ok ? parsed.value : undefined })!, el: landing.el }
      : { url: hires ?? landing.el.getAttribute('src') ?? '', el: landing.el };
    if (mainAlt) main.alt = mainAlt;
    const alt = ctx.index.first('#altImages');
    const thumbs = Array.from(alt?.querySelectorAll('li.imageThumbnail img, li.item img') ?? []).map((img) => ({
      url: img.getAttribute('src') ?? '',
      el: img,
    }));
    fillImages(ctx, [main, ...thumbs.slice(1)], 'amazon-dom');
  }
  const videoThumbs = ctx.index.first('#altImages')?.querySelectorAll('li.videoThumbnail').length ?? 0;
  const videoCountText = parseCount(textOf(ctx.index.first('#videoCount_template, #videoCount')));
  ctx.listing.videoCount = Math.max(block.videos, videoThumbs, videoCountText ?? 0);

  const rating = firstOf(ctx.index, [
    '#acrPopover',
    'i[data-hook="average-star-rating"]',
    'span[data-hook="rating-out-of-text"]',
  ]);
  const ratingText =
    rating?.el.getAttribute('title') || textOf(rating?.el.querySelector('.a-icon-alt')) || textOf(rating?.el);
  fill(ctx, 'rating', parseNumber(ratingText) ?? undefined, 'amazon-dom', rating?.el);
  // The review-count node is duplicated on real pages; querySelector takes the first.
  const reviews = firstText(ctx.index, ['#acrCustomerReviewText', 'span[data-hook="total-review-count"]']);
  fill(ctx, 'reviewCount', parseCount(reviews?.text) ?? undefined, 'amazon-dom', reviews?.el);

  const price =
    firstWithin(ctx.index, [
      ['#corePrice_feature_div', '.a-offscreen'],
      ['#corePriceDisplay_desktop_feature_div', '.a-offscreen'],
      ['#apex_desktop', '.priceToPay .a-offscreen'],
    ]) ??
    firstText(ctx.index, [
      '#priceblock_ourprice',
      '#priceblock_dealprice',
      '#priceblock_saleprice',
      '#price_inside_buybox',
    ]);
  if (price) fillPrice(ctx, priceFromText(ctx, price.text), 'amazon-dom', price.el);

  const availability = firstWithin(ctx.index, [['#availability', 'span']]) ?? firstText(ctx.index, ['#availability']);
  fill(
    ctx,
    'availability',
    availability ? availabilityFromText(availability.text) : undefined,
    'amazon-dom',
    availability?.el,
  );

  const crumbs = allWithin(ctx.index, [['#wayfinding-breadcrumbs_feature_div', 'li a']]);
  if (crumbs) {
    const items = crumbs.els.map((a) => ({ text: textOf(a), el: a }));
    fillList(ctx, 'breadcrumbs', items, 'amazon-dom', crumbs.selector);
  }
}
