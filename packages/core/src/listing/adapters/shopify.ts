/// <reference lib="dom" />
/**
 * Shopify adapter: the storefront's own product data (`ShopifyAnalytics.meta`, the theme's product JSON and
 * product form), read before the generic path as the `shopify` store adapter (product id, variant-aware title,
 * price and SKU, vendor as brand, the whole gallery, review apps), and after it for what is still empty.
 */
import { currencyFromDomain } from '../currency.js';
import { asRecord, asString, cleanText, htmlToText, parseCount, safeJson } from '../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillPrice } from '../draft.js';
import { sliceJsonValue } from '../embedded-json.js';
import type { Listing, ListingImage } from '../listing-types.js';
import { findMainHeading, headingText, nameWords } from '../main-heading.js';
import { inOtherProducts } from '../other-products.js';
import type { PageIndex } from '../page-index.js';
import { fillFromReviewApps } from './review-apps.js';
import type { StoreAdapter, StructuredInput } from './stores/store-adapter.js';
import { structuredCurrency } from './stores/structured-currency.js';

/** Shopify image URLs are often protocol-relative (`//cdn…`, even `https:////…`). */
export function absoluteUrl(url: string): string {
  const fixed = url.replace(/^https?:\/{3,}/, 'https://');
  return fixed.startsWith('//') ? `https:${fixed}` : fixed;
}

/** Markup every Shopify storefront carries (the same signals `extractListing` uses for the marketplace). */
const SHOPIFY_SIGNALS = [
  'meta[name="shopify-digital-wallet"]',
  'meta[name="shopify-checkout-api-token"]',
  'link[href*="cdn.shopify.com"]',
  'script[src*="cdn.shopify.com"]',
  'script#shopify-features',
].join(', ');

/** Inline scripts looked at for `ShopifyAnalytics.meta` and `Shopify.currency`: they sit in the head. */
const MAX_INLINE_SCRIPTS = 400;
/** JSON scripts parsed at most, and the longest one parsed (a product JSON is a few hundred KB at most). */
const MAX_JSON_PARSES = 12;
const MAX_JSON_CHARS = 2_000_000;
/** Images read from a theme gallery, at most. */
const MAX_GALLERY_IMAGES = 400;

/** What the storefront says about its product, read once per page. */
export interface ShopifyPageData {
  productId?: string | undefined;
  /** The theme's product JSON (`{{ product | json }}`), when it names this page's product. */
  product?: Record<string, unknown> | undefined;
  /** `ShopifyAnalytics.meta.product`: id, vendor and every variant's name, price in cents and SKU. */
  analytics?: Record<string, unknown> | undefined;
  variants: Record<string, unknown>[];
  selected?: Record<string, unknown> | undefined;
  /** The presentment currency (`ShopifyAnalytics.meta.currency`, `Shopify.currency.active`). */
  currency?: string | undefined;
  /** The shop's `*.myshopify.com` handle. */
  shopHandle?: string | undefined;
}

/** Data read by the store adapter, reused after the generic path (no script is parsed twice). */
const READ = new WeakMap<Listing, ShopifyPageData>();

/** The numeric id of a Shopify id (`123`, `"123"`, `"gid://shopify/Product/123"`), or undefined. */
export function shopifyId(value: unknown): string | undefined {
  const s = asString(value);
  if (!s) return undefined;
  const id = s.slice(s.lastIndexOf('/') + 1);
  return /^\d{1,20}$/.test(id) ? id : undefined;
}

function textAfter(text: string, marker: string, pattern: RegExp): string | undefined {
  const at = text.indexOf(marker);
  return at < 0 ? undefined : pattern.exec(text.slice(at, at + 200))?.[1];
}

/** `var meta = {"product": …}`, the presentment currency and the shop handle from the storefront's inline scripts. */
function readAnalytics(index: PageIndex): Pick<ShopifyPageData, 'analytics' | 'currency' | 'shopHandle'> & {
  pageProductId?: string | undefined;
} {
  let analytics: Record<string, unknown> | undefined;
  let pageProductId: string | undefined;
  let metaCurrency: string | undefined;
  let activeCurrency: string | undefined;
  let shopHandle: string | undefined;
  let seen = false;
  for (const script of index.byTagName('script').slice(0, MAX_INLINE_SCRIPTS)) {
    if (script.hasAttribute('src')) continue;
    const type = script.getAttribute('type');
    if (type && !type.toLowerCase().includes('javascript')) continue;
    const text = script.textContent ?? '';
    if (!seen) {
      const at = text.indexOf('var meta = {');
      if (at >= 0) {
        seen = true;
        const json = sliceJsonValue(text, at + 10);
        const parsed = json ? safeJson(json) : undefined;
        const meta = parsed?.ok ? asRecord(parsed.value) : undefined;
        analytics = asRecord(meta?.product);
        const page = asRecord(meta?.page);
        if (asString(page?.pageType) === 'product') pageProductId = shopifyId(page?.resourceId);
      }
    }
    metaCurrency ??= textAfter(text, 'ShopifyAnalytics.meta.currency', /^[\w.]+\s{0,3}=\s{0,3}["']([A-Z]{3})["']/);
    activeCurrency ??= textAfter(
      text,
      'Shopify.currency',
      /^Shopify\.currency\s{0,3}=\s{0,3}\{\s{0,3}"active"\s{0,3}:\s{0,3}"([A-Z]{3})"/,
    );
    shopHandle ??= textAfter(
      text,
      'Shopify.shop',
      /^Shopify\.shop\s{0,3}=\s{0,3}["']([a-z0-9-]{1,80})\.myshopify\.com["']/,
    );
    if (seen && metaCurrency && activeCurrency && shopHandle) break;
  }
  return { analytics, pageProductId, currency: activeCurrency ?? metaCurrency, shopHandle };
}

/** Names of a JSON script and its parent, for telling a product or variant JSON from the theme's other JSON. */
function namesOf(script: Element): string {
  const parts: string[] = [];
  for (const el of [script, script.parentElement]) {
    if (!el) continue;
    parts.push(el.localName, el.getAttribute('id') ?? '', el.getAttribute('class') ?? '');
    for (const name of el.getAttributeNames()) if (name.startsWith('data-')) parts.push(name);
  }
  return parts.join(' ').toLowerCase();
}

/** The product's handle from a `/products/<handle>` URL. */
export function handleFromUrl(url: string): string | undefined {
  try {
    const path = new URL(url).pathname;
    const at = path.indexOf('/products/');
    if (at < 0) return undefined;
    const handle = path.slice(at + 10).split('/')[0];
    return handle ? decodeURIComponent(handle).toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** The theme's product JSON for this product, a variants-only JSON, and a `data-selected-variant` JSON. */
function readThemeJson(
  index: PageIndex,
  productId: string | undefined,
  handle: string | undefined,
): {
  product?: Record<string, unknown>;
  wrapper?: Record<string, unknown>;
  variants?: unknown[];
  selected?: Record<string, unknown>;
  broken?: number;
} {
  const out: ReturnType<typeof readThemeJson> = {};
  let parses = 0;
  for (const script of index.byTagName('script')) {
    if ((script.getAttribute('type') ?? '').toLowerCase() !== 'application/json') continue;
    const names = namesOf(script);
    if (!names.includes('product') && !names.includes('variant')) continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_CHARS || ++parses > MAX_JSON_PARSES) break;
    const parsed = safeJson(text);
    if (!parsed.ok) {
      out.broken = (out.broken ?? 0) + 1;
      continue;
    }
    if (script.hasAttribute('data-selected-variant')) {
      out.selected ??= asRecord(parsed.value);
      continue;
    }
    if (Array.isArray(parsed.value)) {
      const looksLikeVariants = parsed.value.some((v) => shopifyId(asRecord(v)?.id) && 'price' in (asRecord(v) ?? {}));
      if (looksLikeVariants) out.variants ??= parsed.value;
      continue;
    }
    const record = asRecord(parsed.value);
    const candidate = asRecord(record?.product) ?? record;
    // A product has variants (`{{ product | json }}`) or at least a title (a theme's trimmed copy).
    if (out.product || !candidate || (!Array.isArray(candidate.variants) && typeof candidate.title !== 'string'))
      continue;
    const id = shopifyId(candidate.id);
    const candidateHandle = asString(candidate.handle)?.toLowerCase();
    // A featured-product section or quick view carries another product's JSON: it must name this one.
    if (productId && id && id !== productId) continue;
    if (!productId && handle && candidateHandle && candidateHandle !== handle) continue;
    out.product = candidate;
    if (record !== candidate) out.wrapper = record;
  }
  return out;
}

/** The main product form (`/cart/add`, outside product cards) and the variant and product ids it posts. */
function readProductForm(index: PageIndex): { variantId?: string; productId?: string } {
  for (const form of index.all('form[action*="/cart/add"]').slice(0, 40)) {
    if (inOtherProducts(form)) continue;
    const field = form.querySelector('[name="id"]');
    if (!field) continue;
    const option =
      field.localName === 'select' ? (field.querySelector('option[selected]') ?? field.querySelector('option')) : null;
    const variantId = shopifyId(option ? option.getAttribute('value') : field.getAttribute('value'));
    const productId = shopifyId(form.querySelector('[name="product-id"]')?.getAttribute('value'));
    return { ...(variantId ? { variantId } : {}), ...(productId ? { productId } : {}) };
  }
  return {};
}

/** The variant the page shows: `?variant=` in the URL, the form's, the theme's selected one, else the first available. */
function pickVariant(
  variants: Record<string, unknown>[],
  url: string,
  formVariantId: string | undefined,
  themeSelected: Record<string, unknown> | undefined,
  wrapper: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  const byId = (id: string | undefined) => (id ? variants.find((v) => shopifyId(v.id) === id) : undefined);
  let urlVariant: string | undefined;
  try {
    urlVariant = shopifyId(new URL(url).searchParams.get('variant'));
  } catch {
    urlVariant = undefined;
  }
  const wrapperSelected = shopifyId(wrapper?.selected_variant_id) ?? shopifyId(asRecord(wrapper?.selected_variant)?.id);
  const found =
    byId(urlVariant) ??
    byId(formVariantId) ??
    byId(shopifyId(themeSelected?.id)) ??
    byId(wrapperSelected) ??
    variants.find((v) => v.available === true) ??
    variants[0];
  // The selected-variant JSON (Dawn) is the richest record of that variant.
  if (themeSelected && found && shopifyId(themeSelected.id) === shopifyId(found.id))
    return { ...found, ...themeSelected };
  return found ?? themeSelected;
}

/** Reads the storefront's product data once per listing. */
export function readShopifyPage(ctx: AdapterContext): ShopifyPageData {
  const cached = READ.get(ctx.listing);
  if (cached) return cached;
  const { analytics, pageProductId, currency, shopHandle } = readAnalytics(ctx.index);
  const form = readProductForm(ctx.index);
  let productId = shopifyId(analytics?.id) ?? pageProductId;
  const theme = readThemeJson(ctx.index, productId ?? form.productId, handleFromUrl(ctx.url));
  productId ??= shopifyId(theme.product?.id) ?? form.productId;
  if (theme.broken) ctx.warn('Shopify product JSON is not valid JSON; skipped.');
  const records = (list: unknown) => (Array.isArray(list) ? list.map(asRecord).filter((v) => v !== undefined) : []);
  let variants = records(theme.product?.variants);
  if (variants.length === 0) variants = records(theme.variants);
  if (variants.length === 0) variants = records(analytics?.variants);
  const data: ShopifyPageData = {
    productId,
    product: theme.product,
    analytics,
    variants,
    selected: pickVariant(variants, ctx.url, form.variantId, theme.selected, theme.wrapper),
    currency,
    shopHandle,
  };
  READ.set(ctx.listing, data);
  return data;
}

/** Country and region codes a shop appends to its name for one market ("Skullcandy US", "Gymshark EU"). */
const REGION_CODES = new Set(
  (
    'US USA UK GB EU CA AU NZ IE DE AT CH FR BE NL LU IT ES PT SE NO DK FI IS PL CZ SK HU RO GR TR IL AE SA QA KW IN ' +
    'SG MY HK TW JP KR CN TH PH ID VN MX BR AR CL CO PE ZA NG KE EG MA ROW INTL INTERNATIONAL GLOBAL EUROPE EMEA APAC ' +
    'ASIA LATAM NORDICS WORLDWIDE'
  ).split(' '),
);

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A vendor or brand without the shop's market suffix: "Skullcandy US" → "Skullcandy" when the shop is
 * "Skullcandy" or "Skullcandy US" (by `og:site_name`, its myshopify handle or its host). Any other brand,
 * even one ending in a code ("Nike SB", "Levi's US" on another shop), is kept as written.
 */
export function brandWithoutShopRegion(brand: string, shopNames: readonly string[]): string {
  const text = brand.trim();
  if (text.length > 100) return text;
  let end = text.length;
  while (end > 0 && (text[end - 1] === ')' || text[end - 1] === ']')) end--;
  let cut = -1;
  for (let i = end - 1; i > 0; i--) {
    if (' -–|([_/'.includes(text[i]!)) {
      cut = i;
      break;
    }
  }
  if (cut <= 0) return text;
  const region = text.slice(cut + 1, end);
  let baseEnd = cut;
  while (baseEnd > 0 && ' -–|([_/'.includes(text[baseEnd - 1]!)) baseEnd--;
  const base = text.slice(0, baseEnd);
  if (!base || !REGION_CODES.has(region.toUpperCase())) return text;
  const shops = new Set(shopNames.map(squash).filter(Boolean));
  return shops.has(squash(base)) || shops.has(squash(text)) ? base : text;
}

/** The shop's own names: `og:site_name`, the myshopify handle and the host's main label. */
function shopNamesOf(ctx: AdapterContext, og: Record<string, string>, shopHandle: string | undefined): string[] {
  const names = [og['og:site_name'] ?? '', shopHandle ?? ''];
  try {
    // "www.skullcandy.com" → "skullcandy"; "shop.example.co.uk" → "example".
    const labels = new URL(ctx.url).hostname.toLowerCase().split('.');
    const secondLevel = labels.at(-2) ?? '';
    const main = secondLevel.length <= 3 && labels.length >= 3 ? labels.at(-3) : secondLevel;
    if (main && main !== 'www') names.push(main);
  } catch {
    // No host to compare with.
  }
  return names.filter(Boolean);
}

/** The product title from analytics: the first variant's name without " - <variant title>". */
function analyticsTitle(analytics: Record<string, unknown> | undefined): string | undefined {
  const variant = Array.isArray(analytics?.variants) ? asRecord(analytics.variants[0]) : undefined;
  const name = asString(variant?.name);
  const variantTitle = asString(variant?.public_title);
  if (!name) return undefined;
  return variantTitle && name.endsWith(` - ${variantTitle}`) ? name.slice(0, -variantTitle.length - 3).trim() : name;
}

/** Whether the page's own text (og:title, `<title>`) names `title`: analytics names may be untranslated. */
function pageNames(ctx: AdapterContext, og: Record<string, string>, title: string): boolean {
  const reference = new Set(nameWords(`${og['og:title'] ?? ''} ${cleanText(ctx.index.first('title')?.textContent)}`));
  const words = nameWords(title);
  return words.length > 0 && words.filter((w) => reference.has(w)).length / words.length >= 0.8;
}

function isCents(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The currency of the storefront's cent prices: its presentment currency, else the page's structured data. */
function priceCurrency(
  ctx: AdapterContext,
  data: ShopifyPageData,
  structured: StructuredInput,
  hint: string | undefined,
): string | undefined {
  return data.currency ?? structuredCurrency(structured) ?? hint ?? currencyFromDomain(ctx.url);
}

/** Prices in cents that the JSON-LD offers (and its variants' offers) declare, to tell how sure the storefront price is. */
function declaredPrices(structured: StructuredInput): Set<number> {
  const out = new Set<number>();
  const add = (offers: unknown) => {
    for (const offer of (Array.isArray(offers) ? offers : [offers]).slice(0, 100)) {
      const price = Number(asString(asRecord(offer)?.price));
      if (Number.isFinite(price)) out.add(Math.round(price * 100));
    }
  };
  for (const node of structured.jsonLd) {
    add(node.offers);
    const variants = Array.isArray(node.hasVariant) ? node.hasVariant.slice(0, 100) : [];
    for (const variant of variants) add(asRecord(variant)?.offers);
  }
  return out;
}

function jsonLdBrand(structured: StructuredInput): string | undefined {
  for (const node of structured.jsonLd) {
    const brand = Array.isArray(node.brand) ? node.brand[0] : node.brand;
    const name = asString(brand) ?? asString(asRecord(brand)?.name);
    if (name) return name;
  }
  return undefined;
}

/** Gallery images of the product JSON: `media` (images only, videos left out), else `images`. */
export function productJsonImages(product: Record<string, unknown>): ListingImage[] {
  const media = Array.isArray(product.media) ? product.media.map(asRecord) : [];
  const items: ListingImage[] = [];
  if (media.length > 0) {
    for (const m of media) {
      if (!m || (asString(m.media_type) ?? 'image') !== 'image') continue;
      const url = asString(m.src) ?? asString(asRecord(m.preview_image)?.src);
      if (!url) continue;
      const width = typeof m.width === 'number' ? m.width : undefined;
      const height = typeof m.height === 'number' ? m.height : undefined;
      const alt = asString(m.alt);
      items.push({
        url: absoluteUrl(url),
        ...(width ? { width } : {}),
        ...(height ? { height } : {}),
        ...(alt ? { alt } : {}),
      });
    }
    if (items.length > 0) return items;
  }
  for (const image of Array.isArray(product.images) ? product.images : []) {
    const url = asString(image) ?? asString(asRecord(image)?.src);
    const alt = asString(asRecord(image)?.alt);
    if (url) items.push({ url: absoluteUrl(url), ...(alt ? { alt } : {}) });
  }
  return items;
}

function isShopifyImage(url: string): boolean {
  return url.includes('cdn.shopify.com/s/files/') || url.includes('/cdn/shop/');
}

const SIZE_SUFFIX =
  /^(?:\d{1,5}x\d{0,5}|x\d{1,5}|\{width\}x\d{0,5}|pico|icon|thumb|small|compact|medium|large|grande|original|master)(?:@\dx)?$/;

/**
 * One key per image file, whatever size the theme asked for: `mug_200x.jpg?v=1`, `mug_grande.jpg` and
 * `mug.jpg?width=800` are the same image (thumbnails, zoom and slider clones repeat it).
 */
export function shopifyImageKey(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url;
  let name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  if (dot > 0) name = name.slice(0, dot);
  if (name.endsWith('.progressive')) name = name.slice(0, -12);
  const crop = name.lastIndexOf('_crop_');
  if (crop > 0) name = name.slice(0, crop);
  const underscore = name.lastIndexOf('_');
  if (underscore > 0 && SIZE_SUFFIX.test(name.slice(underscore + 1))) name = name.slice(0, underscore);
  return name;
}

/**
 * The main product's container: `#product-<id>` (many themes), else the `shopify-section-*` or product-named
 * ancestor of the first heading that shows the title (a mobile header may repeat it outside the section).
 */
function mainProductSection(ctx: AdapterContext, productId: string | undefined, title: string | null): Element | null {
  const byId = productId ? ctx.index.byId.get(`product-${productId}`) : undefined;
  if (byId) return byId;
  const wanted = title ? squash(title) : undefined;
  const headings = ctx.index.byTagName('h1').slice(0, 10);
  const showing = wanted ? headings.filter((h) => squash(headingText(h)) === wanted) : headings.slice(0, 1);
  for (const heading of showing) {
    const named = namedSection(heading);
    if (named) return named;
  }
  return showing[0] ? imageAncestor(ctx, showing[0]) : null;
}

/** Section names of Shopify themes' product templates. */
const SECTION_CLASS =
  /(^|\s)(product-section|product-single|product-template|product__section|product-page|main-product)(\s|$)/;

/** The heading's `shopify-section-*` or product-named ancestor, or null. */
function namedSection(heading: Element): Element | null {
  let node = heading.parentElement;
  for (let depth = 0; node && depth < 14; depth++, node = node.parentElement) {
    if (node.localName === 'main' || node.localName === 'body') break;
    const id = node.getAttributeNode('id')?.value ?? '';
    if (id.startsWith('shopify-section-') || id.startsWith('ProductSection')) return node;
    if (SECTION_CLASS.test(node.getAttributeNode('class')?.value ?? '')) return node;
  }
  return null;
}

/**
 * The nearest ancestor (above the heading's parent) that holds a Shopify product image: the heading's column
 * and its gallery's. Found from the images' side (their ancestors), not by searching each subtree.
 */
function imageAncestor(ctx: AdapterContext, heading: Element): Element | null {
  const holders = new Set<Element>();
  for (const img of ctx.index.byTagName('img').slice(0, MAX_GALLERY_IMAGES)) {
    if (!shopifyImageUrl(img)) continue;
    let node = img.parentElement;
    for (let depth = 0; node && depth < 20 && !holders.has(node); depth++, node = node.parentElement) holders.add(node);
  }
  let node = heading.parentElement?.parentElement ?? null;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    if (node.localName === 'main' || node.localName === 'body') break;
    if (holders.has(node)) return node;
  }
  return null;
}

/** The Shopify CDN URL an `img` shows or lazy-loads (`_{width}x` placeholders dropped), or undefined. */
function shopifyImageUrl(img: Element): string | undefined {
  for (const name of ['data-zoom-image', 'data-zoom', 'data-src', 'src']) {
    const url = cleanText(img.getAttribute(name)).replace('_{width}x', '');
    if (url && isShopifyImage(url)) return url;
  }
  return undefined;
}

/**
 * The gallery inside the product's section: the widest ancestor of its first product image that holds
 * neither the title nor the add-to-cart form (a pickup banner or payment icons sit beside those).
 */
function galleryOf(section: Element, images: readonly Element[]): Element {
  const first = images.find((img) => !inOtherProducts(img, section) && shopifyImageUrl(img));
  if (!first) return section;
  const stops = [section.querySelector('h1'), section.querySelector('form[action*="/cart/add"]')].filter(
    (el): el is Element => el !== null,
  );
  let gallery = first.parentElement ?? section;
  for (let node = gallery; node && node !== section; node = node.parentElement ?? section) {
    if (stops.some((stop) => node.contains(stop))) break;
    gallery = node;
  }
  return gallery;
}

/** Class names of the copies a carousel (Slick, Flexslider, Swiper) makes of its first and last slides. */
const CLONE_CLASS = /(^|\s)(slick-cloned|clone|swiper-slide-duplicate)(\s|$)/;

/** Not a gallery image of its own: a video's poster frame (Dawn's `deferred-media`, `data-media-type="video"`) or a carousel's clone. */
function isPosterOrClone(img: Element): boolean {
  let node: Element | null = img.parentElement;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    if (node.localName === 'deferred-media' || node.localName === 'video') return true;
    if ((node.getAttributeNode('data-media-type')?.value ?? '').includes('video')) return true;
    if (CLONE_CLASS.test(node.getAttributeNode('class')?.value ?? '')) return true;
  }
  return false;
}

/** The theme's gallery: Shopify product images in the product's section, one per image file, outside other products. */
function sectionGallery(section: Element): (ListingImage & { el: Element })[] {
  const out: (ListingImage & { el: Element })[] = [];
  const seen = new Set<string>();
  const all = Array.from(section.querySelectorAll('img')).slice(0, MAX_GALLERY_IMAGES);
  const gallery = galleryOf(section, all);
  for (const img of gallery === section
    ? all
    : Array.from(gallery.querySelectorAll('img')).slice(0, MAX_GALLERY_IMAGES)) {
    const url = shopifyImageUrl(img);
    if (!url || inOtherProducts(img, section) || isPosterOrClone(img)) continue;
    const key = shopifyImageKey(url);
    if (seen.has(key)) continue;
    seen.add(key);
    const alt = img.getAttribute('alt');
    const width = Number(img.getAttribute('width'));
    const height = Number(img.getAttribute('height'));
    out.push({
      url: absoluteUrl(url),
      ...(width > 0 ? { width } : {}),
      ...(height > 0 ? { height } : {}),
      ...(alt !== null && cleanText(alt) ? { alt: cleanText(alt) } : {}),
      el: img,
    });
  }
  return out;
}

/**
 * The Shopify product reviews metafield written into JSON-LD as is: `"ratingValue": {"value": "4.5",
 * "scale_max": "5.0"}`, which schema readers cannot read as a number.
 */
function metafieldRating(structured: StructuredInput): { rating?: number; reviewCount?: number } | undefined {
  for (const node of structured.jsonLd) {
    const aggregate = asRecord(Array.isArray(node.aggregateRating) ? node.aggregateRating[0] : node.aggregateRating);
    const value = asRecord(aggregate?.ratingValue);
    if (!value) continue;
    const raw = Number(asString(value.value));
    const max = Number(asString(value.scale_max) ?? 5);
    if (!Number.isFinite(raw) || raw <= 0 || !(max > 0)) continue;
    const rating = Math.round((max === 5 ? raw : (raw / max) * 5) * 100) / 100;
    const reviewCount = parseCount(asString(aggregate?.reviewCount) ?? asString(aggregate?.ratingCount)) ?? undefined;
    return reviewCount === undefined ? { rating } : { rating, reviewCount };
  }
  return undefined;
}

/** Fills what the storefront data says; every fill keeps an earlier value (first writer wins). */
function fillFromShopify(ctx: AdapterContext, data: ShopifyPageData, structured: StructuredInput, hint?: string): void {
  const { product, analytics, selected } = data;
  const source = product ? 'shopify-product-json' : 'shopify-analytics';
  fillId(ctx, 'itemId', data.productId, analytics ? 'shopify-analytics' : source);

  const dataTitle = asString(product?.title);
  const fromAnalytics = dataTitle ? undefined : analyticsTitle(analytics);
  const title =
    dataTitle ?? (fromAnalytics && pageNames(ctx, structured.og, fromAnalytics) ? fromAnalytics : undefined);
  if (title) {
    const heading = findMainHeading(ctx.index, [title]);
    const shown = heading && squash(headingText(heading.el)) === squash(title) ? heading.el : undefined;
    fill(ctx, 'title', title, source, shown);
  }

  if (selected) {
    const currency = priceCurrency(ctx, data, structured, hint);
    if (isCents(selected.price) && currency) {
      const amount = selected.price / 100;
      fillPrice(
        ctx,
        { amount, currency },
        source,
        undefined,
        declaredPrices(structured).has(selected.price) ? 0.95 : 0.85,
      );
    }
    fillId(ctx, 'sku', asString(selected.sku), source);
    const barcode = asString(selected.barcode);
    if (barcode && /^\d{8,14}$/.test(barcode)) fillId(ctx, 'gtin', barcode, source);
    if (typeof selected.available === 'boolean')
      fill(ctx, 'availability', selected.available ? 'InStock' : 'OutOfStock', source);
  }

  const structuredBrand = jsonLdBrand(structured);
  const vendor = asString(product?.vendor) ?? asString(analytics?.vendor);
  const brand = structuredBrand ?? vendor;
  if (brand) {
    const shopNames = shopNamesOf(ctx, structured.og, data.shopHandle);
    const strategy = structuredBrand ? 'json-ld' : 'shopify-vendor';
    fill(ctx, 'brand', brandWithoutShopRegion(brand, shopNames), strategy, undefined, 0.85);
  }

  if (product) fillImages(ctx, productJsonImages(product), 'shopify-product-json');
}

/** The rating, review count and theme gallery, which need the page's heading and product section. */
function fillFromPage(ctx: AdapterContext, data: ShopifyPageData, structured: StructuredInput): void {
  const heading =
    (ctx.listing.title ? findMainHeading(ctx.index, [ctx.listing.title])?.el : undefined) ?? ctx.index.first('h1');
  const section = mainProductSection(ctx, data.productId, ctx.listing.title);
  fillFromReviewApps(ctx, { productId: data.productId, anchor: heading, root: section });
  const metafield = metafieldRating(structured);
  if (metafield) {
    fill(ctx, 'rating', metafield.rating, 'json-ld');
    fill(ctx, 'reviewCount', metafield.reviewCount, 'json-ld');
  }
  // Dawn's media list is the generic path's to read; other themes' galleries are found by their section.
  if (ctx.listing.images.length === 0 && section && !ctx.index.first('.product__media-list')) {
    const images = sectionGallery(section);
    const structuredImages = structured.jsonLd.reduce(
      (n, node) => Math.max(n, Array.isArray(node.image) ? node.image.length : node.image ? 1 : 0),
      0,
    );
    if (images.length > structuredImages) fillImages(ctx, images, 'shopify-gallery');
  }
}

/** The `shopify` store adapter: runs before the generic path on every Shopify storefront. */
export const shopifyAdapter: StoreAdapter = {
  id: 'shopify',
  matches: (host, index) => host.endsWith('.myshopify.com') || index.first(SHOPIFY_SIGNALS) !== null,
  extract(ctx, structured) {
    const data = readShopifyPage(ctx);
    fillFromShopify(ctx, data, structured);
    fillFromPage(ctx, data, structured);
  },
};

/**
 * After the generic path: on a page the `shopify` store adapter did not read (another store's adapter ran),
 * the storefront data for what is still empty; on every Shopify page, the product JSON's description.
 */
export function extractShopify(ctx: AdapterContext, currency?: string): void {
  const data = readShopifyPage(ctx);
  if (ctx.listing.store !== 'shopify') fillFromShopify(ctx, data, { jsonLd: [], microdata: [], og: {} }, currency);
  const product = data.product;
  // The storefront JSON has `description`; `/products/<handle>.json` and some themes give `body_html`.
  const description = asString(product?.description) ?? asString(product?.body_html);
  if (description) fill(ctx, 'description', htmlToText(description), 'shopify-product-json');
}
