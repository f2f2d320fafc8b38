/// <reference lib="dom" />
/**
 * WooCommerce adapter (any WordPress shop running it): the single-product markup (`#product-<id>`,
 * `.product_title`, the `<del>`/`<ins>` sale price, `.sku`, the stock line, the gallery, the rating) and the
 * variable-product JSON (`data-product_variations`), scoped to the main product so related and up-sell
 * products never count.
 */
import { asRecord, asString, cleanText, parseCount, parseNumber, safeJson, textOf } from '../../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillPrice, priceFromText } from '../../draft.js';
import type { ListingImage } from '../../listing-types.js';
import { inOtherProducts } from '../../other-products.js';
import type { PageIndex } from '../../page-index.js';
import { fillFromReviewApps } from '../review-apps.js';
import type { StoreAdapter, StructuredInput } from './store-adapter.js';
import { structuredCurrency } from './structured-currency.js';

/** Elements of one kind read inside the product, at most. */
const MAX_ELEMENTS = 60;
/** Gallery images read, at most. */
const MAX_IMAGES = 200;
/** Characters of the variations JSON parsed (a product with hundreds of variations is a few hundred KB). */
const MAX_VARIATIONS_CHARS = 1_000_000;

const strategy = 'woocommerce-dom';

/** The product's post id from the body class (`postid-412`), or undefined. */
function postIdOf(index: PageIndex): string | undefined {
  const body = index.byTagName('body')[0];
  const cls = body?.getAttribute('class') ?? '';
  const at = cls.indexOf('postid-');
  if (at < 0) return undefined;
  const digits = /^\d{1,12}/.exec(cls.slice(at + 7))?.[0];
  return digits || undefined;
}

/** The main product: `#product-<postid>`, else the first product container that is not a related or up-sell tile. */
export function wooProductRoot(index: PageIndex): Element | null {
  const postId = postIdOf(index);
  const byId = postId ? index.byId.get(`product-${postId}`) : undefined;
  if (byId) return byId;
  for (const el of index.all('.type-product').slice(0, MAX_ELEMENTS)) {
    if (el.localName !== 'li' && !inOtherProducts(el)) return el;
  }
  const title = index.first('.product_title');
  return title?.closest('.product') ?? null;
}

/** Elements matching `selector` in the product, outside related, up-sell and cross-sell lists. */
function own(root: Element, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector))
    .slice(0, MAX_ELEMENTS)
    .filter((el) => !inOtherProducts(el, root));
}

/** The amount a shopper pays in a `.price` block: the `<ins>` sale amount, else the first amount not struck in `<del>`. */
export function currentAmount(price: Element): Element | null {
  const ins = price.querySelector('ins');
  for (const amount of Array.from((ins ?? price).querySelectorAll('.woocommerce-Price-amount, .amount')).slice(0, 10)) {
    if (!amount.closest('del, s')) return amount;
  }
  return ins ?? (price.querySelector('del, s') ? null : price);
}

/** The product's price block: the summary's `.price`, not a variation's (filled by script) nor a tile's. */
function priceBlock(root: Element): Element | undefined {
  return own(root, '.price').find(
    (el) =>
      !el.closest('.woocommerce-variation, .woocommerce-variation-price') && el.querySelector('.amount, bdi') !== null,
  );
}

/** A variation of a variable product, chosen by the URL's `attribute_*` parameters (a shared link to one variation). */
export function variationFromUrl(variations: unknown[], url: string): Record<string, unknown> | undefined {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return undefined;
  }
  const chosen = new Map<string, string>();
  for (const [key, value] of params) if (key.startsWith('attribute_') && value) chosen.set(key, value.toLowerCase());
  if (chosen.size === 0) return undefined;
  for (const raw of variations.slice(0, 500)) {
    const variation = asRecord(raw);
    const attributes = asRecord(variation?.attributes);
    if (!variation || !attributes) continue;
    const attributeValue = (key: string) => {
      const value = attributes[key];
      return typeof value === 'string' ? value.trim().toLowerCase() : '';
    };
    // An empty value means "any"; every attribute the URL names must agree, and none may be left open.
    const agrees = [...chosen].every(([key, value]) => key in attributes && [value, ''].includes(attributeValue(key)));
    if (agrees && Object.keys(attributes).every((key) => chosen.has(key) || attributeValue(key) === ''))
      return variation;
  }
  return undefined;
}

function readVariation(ctx: AdapterContext, root: Element, currency: string | undefined): void {
  const form = own(root, 'form.variations_form')[0];
  const raw = form?.getAttribute('data-product_variations');
  if (!raw || raw.length > MAX_VARIATIONS_CHARS) return;
  const parsed = safeJson(raw);
  if (!parsed.ok || !Array.isArray(parsed.value)) return;
  const variation = variationFromUrl(parsed.value, ctx.url);
  if (!variation) return;
  const source = 'woocommerce-variation';
  const price = typeof variation.display_price === 'number' ? variation.display_price : undefined;
  if (price !== undefined && currency) fillPrice(ctx, { amount: price, currency }, source, form, 0.9);
  fillId(ctx, 'sku', asString(variation.sku), source, form);
  if (typeof variation.is_in_stock === 'boolean')
    fill(ctx, 'availability', variation.is_in_stock ? 'InStock' : 'OutOfStock', source, form);
}

/** Stock from the stock line's class (`in-stock`, `out-of-stock`, `available-on-backorder`), then the product's own class. */
function stockOf(root: Element): { status: string; el: Element } | undefined {
  const line = own(root, '.stock').find((el) => !el.closest('.woocommerce-variation'));
  const classes = ` ${(line ?? root).getAttribute('class') ?? ''} `;
  const el = line ?? root;
  if (classes.includes(' out-of-stock ') || classes.includes(' outofstock ')) return { status: 'OutOfStock', el };
  if (classes.includes(' available-on-backorder ') || classes.includes(' onbackorder '))
    return { status: 'BackOrder', el };
  if (classes.includes(' in-stock ') || classes.includes(' instock ')) return { status: 'InStock', el };
  return undefined;
}

/** Gallery slides: the full-size image (`data-large_image`, the link) with the shown image's alt and size. */
function galleryImages(root: Element): (ListingImage & { el: Element })[] {
  const out: (ListingImage & { el: Element })[] = [];
  for (const slide of own(root, '.woocommerce-product-gallery__image').slice(0, MAX_IMAGES)) {
    const img = slide.querySelector('img');
    const link = slide.querySelector('a[href]')?.getAttribute('href') ?? '';
    const url =
      img?.getAttribute('data-large_image') ||
      (/\.(jpe?g|png|webp|gif|avif)(\?|$)/i.test(link) ? link : '') ||
      img?.getAttribute('data-src') ||
      img?.getAttribute('src') ||
      slide.getAttribute('data-thumb') ||
      '';
    if (!url || url.includes('woocommerce-placeholder')) continue;
    const width = Number(img?.getAttribute('data-large_image_width'));
    const height = Number(img?.getAttribute('data-large_image_height'));
    const alt = img?.getAttribute('alt');
    out.push({
      url,
      ...(width > 0 ? { width } : {}),
      ...(height > 0 ? { height } : {}),
      ...(alt ? { alt: cleanText(alt) } : {}),
      el: img ?? slide,
    });
  }
  return out;
}

/** The product's star rating (`Rated 4.85 out of 5`) and review count (`(27 customer reviews)`), or the reviews tab's count. */
function readRating(ctx: AdapterContext, root: Element): void {
  const box = own(root, '.woocommerce-product-rating')[0];
  const stars = box?.querySelector('.star-rating');
  if (stars) {
    const label =
      stars.getAttribute('aria-label') ?? stars.getAttribute('title') ?? textOf(stars.querySelector('.rating'));
    const rating = parseNumber(label || textOf(stars));
    if (rating !== null && rating > 0 && rating <= 5) fill(ctx, 'rating', rating, strategy, stars, 0.9);
  }
  const count = box?.querySelector('.woocommerce-review-link .count') ?? box?.querySelector('.woocommerce-review-link');
  const reviews = parseCount(textOf(count));
  if (count && reviews !== null) fill(ctx, 'reviewCount', reviews, strategy, count, 0.9);
  if (!box) {
    // No rating block: the reviews tab still says how many there are ("Reviews (0)").
    const tab = own(root, '.reviews_tab a, #tab-title-reviews a')[0];
    const tabCount = parseCount(textOf(tab));
    if (tab && tabCount !== null) fill(ctx, 'reviewCount', tabCount, strategy, tab, 0.75);
  }
}

function extract(ctx: AdapterContext, structured: StructuredInput): void {
  const root = wooProductRoot(ctx.index);
  if (!root) return;
  const postId = postIdOf(ctx.index) ?? /^product-(\d{1,12})$/.exec(root.getAttribute('id') ?? '')?.[1];
  const cartId = own(root, '[name="add-to-cart"], [name="product_id"]')[0]?.getAttribute('value') ?? undefined;
  fillId(ctx, 'itemId', postId ?? (cartId && /^\d{1,12}$/.test(cartId) ? cartId : undefined), strategy);

  const title = own(root, '.product_title, h1.wp-block-post-title')[0];
  fill(ctx, 'title', textOf(title) || undefined, strategy, title, 0.95);

  const currency = structuredCurrency(structured);
  readVariation(ctx, root, currency);
  const block = priceBlock(root);
  const amount = block ? currentAmount(block) : null;
  const price = amount ? priceFromText(ctx, textOf(amount), currency) : undefined;
  // A range ("£5.00 – £9.00") gives its first amount, the lowest.
  if (price) fillPrice(ctx, price, strategy, amount, 0.9);

  const sku = own(root, '.sku_wrapper .sku, .product_meta .sku, .wc-block-components-product-sku strong')[0];
  const skuText = textOf(sku);
  if (skuText && !/^(n\/a|-|–)$/i.test(skuText)) fillId(ctx, 'sku', skuText, strategy, sku, 0.9);

  const stock = stockOf(root);
  if (stock) fill(ctx, 'availability', stock.status, strategy, stock.el, 0.9);

  const brand = own(root, '.pwb-single-product-brands a, .yith-wcbr-brands a, .product_meta .posted_in.brands a')[0];
  const brandText = brand ? textOf(brand) || cleanText(brand.querySelector('img')?.getAttribute('alt')) : '';
  if (brand && brandText) fill(ctx, 'brand', brandText, strategy, brand, 0.85);

  fillImages(ctx, galleryImages(root), strategy);
  readRating(ctx, root);
  fillFromReviewApps(ctx, { productId: postId, anchor: title ?? null, root });
}

/** WooCommerce pages: the plugin's body classes or assets, and its single-product markup. */
export const wooCommerceAdapter: StoreAdapter = {
  id: 'woocommerce',
  matches(_host, index) {
    const platform =
      index.first('body.woocommerce') !== null ||
      index.first('body.woocommerce-page') !== null ||
      index.first('link[href*="/plugins/woocommerce/"], script[src*="/plugins/woocommerce/"]') !== null;
    return (
      platform &&
      index.first('.product_title, .woocommerce-product-gallery, form.variations_form, .type-product') !== null
    );
  },
  extract,
};
