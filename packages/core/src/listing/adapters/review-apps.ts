/// <reference lib="dom" />
/**
 * Review apps (Judge.me, Yotpo, Okendo, Stamped, Loox, Shopify Product Reviews): the product's star rating and
 * review count from the app's widget for this product, never from a badge in a grid of other products.
 */
import { cleanText, parseCount, parseNumber, textOf } from '../dom.js';
import { type AdapterContext, fill } from '../draft.js';
import { inOtherProducts } from '../other-products.js';

export interface ReviewWidgetReading {
  app: string;
  el: Element;
  rating?: number | undefined;
  reviewCount?: number | undefined;
}

interface ReviewApp {
  app: string;
  /** An indexed class that every widget of the app carries. */
  selector: string;
  /** The product id the widget names (`data-id`, `data-product-id`…), for matching the page's product. */
  productId(el: Element): string | undefined;
  read(el: Element): Omit<ReviewWidgetReading, 'app' | 'el'>;
}

/** Widgets looked at per app: a collection grid may carry hundreds of badges. */
const MAX_WIDGETS = 60;
/** Characters of a widget's text read for a number. */
const MAX_TEXT = 200;

function attr(el: Element, name: string): string | undefined {
  const value = cleanText(el.getAttribute(name));
  return value || undefined;
}

/** A rating on a five-star scale: 0 and out-of-range values mean "no rating" (an empty badge says 0.00). */
function rating(value: number | null | undefined): number | undefined {
  return value !== null && value !== undefined && Number.isFinite(value) && value > 0 && value <= 5 ? value : undefined;
}

function count(value: number | null | undefined): number | undefined {
  return value !== null && value !== undefined && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

function numberAttr(el: Element | null | undefined, name: string): number | undefined {
  const raw = el ? attr(el, name) : undefined;
  if (raw === undefined) return undefined;
  const n = Number(raw.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

function shortText(el: Element | null | undefined): string {
  return el ? textOf(el).slice(0, MAX_TEXT) : '';
}

/** The id without a platform prefix ("shopify-123" → "123"). */
function bareId(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const dash = value.lastIndexOf('-');
  return dash >= 0 ? value.slice(dash + 1) : value;
}

const APPS: readonly ReviewApp[] = [
  {
    // Judge.me: `.jdgm-prev-badge` (the stars under the title) and `.jdgm-rev-widg` (the reviews section).
    app: 'judgeme',
    selector: '.jdgm-prev-badge, .jdgm-rev-widg',
    productId: (el) => attr(el.closest('.jdgm-widget') ?? el, 'data-id'),
    read: (el) => ({
      rating: rating(numberAttr(el, 'data-average-rating')),
      reviewCount: count(numberAttr(el, 'data-number-of-reviews')),
    }),
  },
  {
    // Yotpo: the legacy `.yotpo.bottomLine` ("4.7 star rating" for screen readers, "123 Reviews") and the v3 widgets.
    app: 'yotpo',
    selector: '.yotpo, .yotpo-widget-instance',
    productId: (el) => attr(el, 'data-product-id') ?? attr(el, 'data-yotpo-product-id'),
    read: (el) => {
      // Only the bottom line: the main widget also has a screen-reader "5 star rating" per review.
      const line = el.querySelector('.yotpo-bottomline, .yotpo-sr-bottom-line-summary, .yotpo-bottom-line');
      if (!line) return { rating: rating(numberAttr(el, 'data-yotpo-score')) };
      const stars = line.querySelector('.sr-only, .yotpo-sr-bottom-line-score, .yotpo-bottom-line-score');
      const reviews = line.querySelector(
        'a.text-m, .yotpo-sr-bottom-line-text, .yotpo-bottom-line-basic-text, .yotpo-bottom-line-text',
      );
      const label = reviews?.getAttribute('aria-label');
      return {
        rating: rating(numberAttr(el, 'data-yotpo-score') ?? parseNumber(shortText(stars))),
        reviewCount: count(parseCount(label ?? shortText(reviews))),
      };
    },
  },
  {
    // Okendo: `[data-oke-star-rating]` renders `.oke-sr-rating` and `.oke-sr-count-number`.
    app: 'okendo',
    selector: '.oke-sr, .oke-w-reviews-head',
    productId: (el) => {
      const host = el.closest('[data-oke-reviews-product-id]');
      return bareId(host ? attr(host, 'data-oke-reviews-product-id') : undefined);
    },
    read: (el) => ({
      rating: rating(parseNumber(shortText(el.querySelector('.oke-sr-rating, .oke-w-reviews-head-rating')))),
      reviewCount: count(parseCount(shortText(el.querySelector('.oke-sr-count-number, .oke-sr-count')))),
    }),
  },
  {
    // Stamped: `.stamped-badge[data-rating]` with `.stamped-badge-caption[data-reviews]`, or a summary `[data-count]`.
    app: 'stamped',
    selector: '.stamped-badge, .stamped-summary',
    productId: (el) => {
      const host = el.closest('.stamped-product-reviews-badge, #stamped-main-widget');
      return host ? (attr(host, 'data-id') ?? attr(host, 'data-product-id')) : undefined;
    },
    read: (el) => {
      const caption = el.querySelector('.stamped-badge-caption');
      return {
        rating: rating(numberAttr(el, 'data-rating') ?? numberAttr(caption, 'data-rating')),
        reviewCount: count(
          numberAttr(el, 'data-count') ?? numberAttr(caption, 'data-reviews') ?? parseCount(shortText(caption)),
        ),
      };
    },
  },
  {
    // Loox: `.loox-rating[data-rating][data-raters]`, filled from the product's metafields.
    app: 'loox',
    selector: '.loox-rating',
    productId: (el) => attr(el, 'data-id'),
    read: (el) => ({
      rating: rating(numberAttr(el, 'data-rating')),
      reviewCount: count(numberAttr(el, 'data-raters')),
    }),
  },
  {
    // Shopify Product Reviews (legacy): `.spr-badge[data-rating]` with "12 reviews" in its caption.
    app: 'spr',
    selector: '.spr-badge',
    productId: (el) => {
      const host = el.closest('.shopify-product-reviews-badge');
      return (host ? attr(host, 'data-id') : undefined) ?? bareId(attr(el, 'id'));
    },
    read: (el) => ({
      rating: rating(numberAttr(el, 'data-rating')),
      reviewCount: count(parseCount(shortText(el.querySelector('.spr-badge-caption')))),
    }),
  },
];

/**
 * The review widget that speaks for this product: one naming `productId`, else the nearest one to `anchor`
 * (the main heading) outside blocks of other products. A widget with neither a rating nor a count is skipped.
 */
export function findReviewWidget(
  ctx: AdapterContext,
  options: { productId?: string | undefined; anchor?: Element | null | undefined; root?: Element | null | undefined },
): ReviewWidgetReading | undefined {
  const anchorAt = options.anchor ? ctx.index.position(options.anchor) : -1;
  let nearest: { reading: ReviewWidgetReading; distance: number } | undefined;
  for (const app of APPS) {
    for (const el of ctx.index.all(app.selector).slice(0, MAX_WIDGETS)) {
      const id = app.productId(el);
      if (options.productId && id && id !== options.productId) continue;
      const values = app.read(el);
      if (values.rating === undefined && values.reviewCount === undefined) continue;
      const reading = { app: app.app, el, ...values };
      if (options.productId && id === options.productId) return reading;
      const inRoot = options.root?.contains(el) ?? false;
      if (!inRoot && inOtherProducts(el, options.root)) continue;
      const at = ctx.index.position(el);
      const distance = inRoot ? -1 : anchorAt < 0 ? at : Math.abs(at - anchorAt);
      if (!nearest || distance < nearest.distance) nearest = { reading, distance };
    }
  }
  return nearest?.reading;
}

/** Fills the rating and review count from the product's review widget; true when one was read. */
export function fillFromReviewApps(
  ctx: AdapterContext,
  options: { productId?: string | undefined; anchor?: Element | null | undefined; root?: Element | null | undefined },
): boolean {
  const widget = findReviewWidget(ctx, options);
  if (!widget) return false;
  const strategy = `${widget.app}-widget`;
  fill(ctx, 'rating', widget.reviewCount === 0 ? undefined : widget.rating, strategy, widget.el, 0.85);
  fill(ctx, 'reviewCount', widget.reviewCount, strategy, widget.el, 0.85);
  return true;
}
