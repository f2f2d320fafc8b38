/// <reference lib="dom" />
/** The buy box: the add-to-cart control near the main heading, the price a shopper pays there and what it says about stock. */
import { parseAmount } from './currency.js';
import { attr, cleanText, isHidden, visibleText } from './dom.js';
import { inOtherProducts } from './other-products.js';
import type { PageIndex } from './page-index.js';
import { availabilityFromText } from './stock-text.js';

/** Add-to-cart wording and control names, lower-case, in the stores' languages. */
const ADD_TO_CART = [
  'add to cart',
  'add to bag',
  'add to basket',
  'add to trolley',
  'buy now',
  'buy it now',
  'add-to-cart',
  'addtocart',
  'add_to_cart',
  'add-to-bag',
  'addtobag',
  'in den warenkorb',
  'in den einkaufswagen',
  'jetzt kaufen',
  'ajouter au panier',
  'acheter',
  'añadir a la cesta',
  'añadir al carrito',
  'comprar',
  'aggiungi al carrello',
  'in winkelwagen',
  'in de winkelwagen',
  'lägg i varukorgen',
  'dodaj do koszyka',
  'sepete ekle',
  'adicionar ao carrinho',
  'カートに入れる',
];

/** Words that make a control a sold-out one, whatever it is called. */
const SOLD_OUT_CONTROL = ['sold out', 'out of stock', 'notify me', 'ausverkauft', 'épuisé', 'agotado', 'esaurito'];

/** Buttons and inputs looked at, at most. */
const MAX_CONTROLS = 400;
/** Price candidates looked at, at most: the ones nearest the main heading. */
const MAX_PRICE_CANDIDATES = 150;
/** Elements of a buy box looked at for prices; a real box has a few hundred. */
const MAX_BOX_ELEMENTS = 5_000;
/** Elements named "price" collected before the nearest are chosen. */
const MAX_PRICE_ELEMENTS = 20_000;
/** Ancestors climbed from the heading to find a box that holds the add-to-cart control. */
const MAX_BOX_CLIMB = 10;
/** A price element's text is short; longer ones are containers whose children are the candidates. */
const MAX_PRICE_TEXT = 80;

export interface BuyBox {
  /** The smallest ancestor of the main heading that also holds the add-to-cart control, or null. */
  root: Element | null;
  addToCart: Element | null;
  /** The control is disabled or says "sold out". */
  soldOutControl: boolean;
}

function controlLabel(el: Element): string {
  const parts = [
    el.localName === 'input' ? el.getAttribute('value') : visibleText(el, { maxChars: 100 }),
    el.getAttribute('aria-label'),
    el.getAttribute('name'),
    attr(el, 'id'),
    attr(el, 'class'),
    el.getAttribute('data-testid'),
  ];
  return parts.filter(Boolean).join(' ').toLowerCase().slice(0, 400);
}

function isDisabled(el: Element): boolean {
  if (el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true') return true;
  const cls = ` ${(attr(el, 'class') ?? '').toLowerCase()} `;
  return cls.includes(' disabled ') || cls.includes('--disabled') || cls.includes('is-disabled');
}

/** The add-to-cart control closest to the heading in document order (after it preferred), or null. */
function findAddToCart(index: PageIndex, heading: Element | null): Element | null {
  const controls = [
    ...index.byTagName('button'),
    ...index.byTagName('input').filter((el) => /^(submit|button|image)$/i.test(el.getAttribute('type') ?? '')),
  ].slice(0, MAX_CONTROLS);
  const anchor = heading ? index.position(heading) : 0;
  let best: Element | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const el of controls) {
    const label = controlLabel(el);
    if (!ADD_TO_CART.some((phrase) => label.includes(phrase))) continue;
    const at = index.position(el);
    const distance = at >= anchor ? at - anchor : 3 * (anchor - at);
    if (distance < bestDistance) {
      best = el;
      bestDistance = distance;
    }
  }
  return best;
}

/** The buy box around the main heading: its add-to-cart control and the smallest ancestor holding both. */
export function findBuyBox(index: PageIndex, heading: Element | null): BuyBox {
  const addToCart = findAddToCart(index, heading);
  let root: Element | null = null;
  if (heading && addToCart) {
    let el: Element | null = heading.parentElement;
    for (let i = 0; el && i < MAX_BOX_CLIMB; i++, el = el.parentElement) {
      if (el.localName === 'body' || el.localName === 'html') break;
      if (el.contains(addToCart)) {
        root = el;
        break;
      }
    }
  }
  const label = addToCart ? controlLabel(addToCart) : '';
  const soldOutControl =
    addToCart !== null && (isDisabled(addToCart) || SOLD_OUT_CONTROL.some((w) => label.includes(w)));
  return { root, addToCart, soldOutControl };
}

/** Class or id fragments of prices that are not what the buyer pays now. */
const NOT_CURRENT = [
  'old',
  'was',
  'compare',
  'strike',
  'cross',
  'before',
  'original',
  'list',
  'msrp',
  'rrp',
  'uvp',
  'reference',
  'markdown',
];
/** Fragments of a price element (or its wrapper) that make it another amount: per unit, instalments, shipping, savings. */
const NOT_ITEM_NEAR = [
  'unit',
  'base-price',
  'grundpreis',
  'install',
  'financ',
  'klarna',
  'afterpay',
  'affirm',
  'monthly',
  'shipping',
  'delivery',
  'save',
  'saving',
  'discount',
  'percent',
  'swatch',
];
/** Fragments of the price the buyer pays now. */
const CURRENT = [
  'sale',
  'special',
  'current',
  'now',
  'final',
  'offer',
  'our',
  'your',
  'actual',
  'selling',
  'promo',
  'deal',
  'reduced',
];

/** Text that labels the price the buyer pays now ("Now $52.00", "Sale", "Jetzt"). */
const CURRENT_TEXT = [
  'now',
  'sale',
  'our price',
  'your price',
  'special',
  'offer',
  'jetzt',
  'nur',
  'maintenant',
  'ahora',
  'ora',
];

/** Text that labels a price as not the current one, or not the item's. */
const NOT_CURRENT_TEXT = [
  'was',
  'list price',
  'reg.',
  'regular',
  'compare at',
  'statt',
  'uvp',
  'prix conseillé',
  'rrp',
  'msrp',
  'before',
];
const NOT_ITEM_TEXT = [
  '/mo',
  'month',
  'payments',
  'installment',
  'instalment',
  'shipping',
  's&h',
  'versand',
  'livraison',
  'envío',
  'save',
  'you save',
  'spare',
  'économisez',
  'ahorra',
  '%',
  ' per ',
];

function nameOf(el: Element): string {
  return `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''} ${attr(el, 'itemprop') ?? ''}`.toLowerCase();
}

function hasFragment(name: string, fragments: readonly string[]): boolean {
  return fragments.some((f) => name.includes(f));
}

/** Whether a struck-through element (`<s>`, `<del>`) or a non-item container holds `el`, up to the buy box or 12 levels. */
function ancestry(
  el: Element,
  stop: Element | null,
): { struck: boolean; notItem: boolean; notCurrent: boolean; current: boolean } {
  const out = { struck: false, notItem: false, notCurrent: false, current: false };
  let node: Element | null = el;
  for (let depth = 0; node && depth < 12 && node !== stop; depth++, node = node.parentElement) {
    const tag = node.localName;
    if (tag === 'body' || tag === 'html') break;
    if (tag === 's' || tag === 'del' || tag === 'strike') out.struck = true;
    const name = nameOf(node);
    if (name.trim() === '') continue;
    if (depth <= 2 && hasFragment(name, NOT_ITEM_NEAR)) out.notItem = true;
    // Only the element and its price wrapper speak for it; a page-level "list" class does not.
    if (depth <= 2 && hasFragment(name, NOT_CURRENT)) out.notCurrent = true;
    if (depth <= 2 && hasFragment(name, CURRENT)) out.current = true;
  }
  return out;
}

export interface PriceCandidate {
  el: Element;
  amount: number;
  text: string;
  score: number;
  inBuyBox: boolean;
  /** Marked or labelled as a was-, list or struck-through price. */
  was: boolean;
  /** Struck through, or labelled in words ("Was:", "List price"): surely not the current price. */
  surelyOld: boolean;
}

/** Per-unit text: a slash or "per" right after an amount ("$2.50/oz", "(€12.40 / 100 ml)"). */
function isPerUnit(text: string): boolean {
  const slash = text.indexOf('/');
  return slash > 0 && /\d/.test(text.slice(0, slash)) && /[a-z0-9]/i.test(text.slice(slash + 1));
}

/** A currency sign or code in a price text. */
const HAS_CURRENCY = /[$€£¥₹₩₺]|zł|\bkr\b|\b[A-Z]{3}\b/;

/** A struck-through part inside a price element ("<s>$79.99</s> $39.99"): the old price, not this one. */
function isStruck(el: Element): boolean {
  const tag = el.localName;
  if (tag === 's' || tag === 'del' || tag === 'strike') return true;
  const cls = attr(el, 'class')?.toLowerCase() ?? '';
  return cls.includes('strike') || cls.includes('line-through') || cls.includes('crossed');
}

/** A price element's visible text without struck-through parts; a bare number ("15") borrows its wrapper's sign ("$15") when the wrapper shows only that price. */
function priceText(el: Element): string {
  if (el.localName === 'meta') return cleanText(el.getAttribute('content'));
  const own = visibleText(el, { skip: isStruck, maxChars: MAX_PRICE_TEXT + 1 });
  if (HAS_CURRENCY.test(own) || !el.parentElement) return own;
  const wrapper = visibleText(el.parentElement, { skip: isStruck, maxChars: MAX_PRICE_TEXT + 1 });
  return HAS_CURRENCY.test(wrapper) && countNumbers(wrapper) === 1 ? wrapper : own;
}

/** A price range: an amount, a dash, an amount, with at most a few currency characters around each (bounded, linear). */
const PRICE_RANGE = /^[^\d]{0,6}(\d[\d.,\s]{0,15})[^\d-–—]{0,6}[-–—][^\d]{0,8}\d[\d.,\s]{0,15}[^\d]{0,6}$/;

/** Numbers in a text: a container showing a was-price and a sale price has two. */
function countNumbers(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/\d[\d.,]*/g)) if (++count > 1) break;
  return count;
}

/**
 * Every element that shows one price of this item, scored: in the buy box, a sale or current price
 * marker and `itemprop="price"` raise it; was-prices, struck-through prices lower it; per-unit,
 * instalment, shipping and savings amounts, carts and other products' tiles are left out.
 */
export function priceCandidates(index: PageIndex, box: BuyBox, heading: Element | null): PriceCandidate[] {
  const anchor = heading ? index.position(heading) : -1;
  // The buy box's own prices first, from its subtree: no pass over every price of a long page when the box shows one.
  const inBox = box.root ? namedPriceElements(box.root) : [];
  const boxed = inBox.length > 0 ? scoreCandidates(index, box, anchor, inBox) : [];
  if (boxed.some((c) => c.score > 0)) return boxed;
  let raw = [...index.withNameContaining('price', MAX_PRICE_ELEMENTS), ...index.all('[itemprop="price"]')];
  if (raw.length > MAX_PRICE_CANDIDATES) {
    const distance = (el: Element) => (anchor < 0 ? index.position(el) : Math.abs(index.position(el) - anchor));
    raw = raw
      .map((el) => ({ el, d: distance(el) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, MAX_PRICE_CANDIDATES)
      .map((x) => x.el);
  }
  return scoreCandidates(index, box, anchor, raw);
}

/** Elements in `root` whose class, id or itemprop names a price, in document order, at most `MAX_PRICE_CANDIDATES`. */
function namedPriceElements(root: Element): Element[] {
  const out: Element[] = [];
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length && i < MAX_BOX_ELEMENTS && out.length < MAX_PRICE_CANDIDATES; i++) {
    const el = all[i] as Element;
    if (!el.hasAttributes()) continue;
    const name = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''} ${attr(el, 'itemprop') ?? ''}`;
    if (name.toLowerCase().includes('price')) out.push(el);
  }
  return out;
}

/** Reads and scores price elements (see `priceCandidates`). */
function scoreCandidates(index: PageIndex, box: BuyBox, anchor: number, raw: readonly Element[]): PriceCandidate[] {
  const seen = new Set<Element>();
  const out: PriceCandidate[] = [];
  for (const el of raw) {
    if (seen.has(el) || !seen.add(el)) continue;
    if (isHidden(el)) continue;
    const text = priceText(el);
    if (!text || text.length > MAX_PRICE_TEXT || !/\d/.test(text)) continue;
    // Two amounts are a was/now pair (its parts are the candidates), unless they are a range ("$24.99 – $39.99": its lowest).
    const range = countNumbers(text) > 1 ? PRICE_RANGE.exec(text) : null;
    if (countNumbers(text) > 1 && !range) continue;
    const lower = text.toLowerCase();
    if (isPerUnit(text) || NOT_ITEM_TEXT.some((w) => lower.includes(w))) continue;
    const amount = range ? parseAmount(range[1] ?? '') : /^\d+(\.\d+)?$/.test(text) ? Number(text) : parseAmount(text);
    if (amount === null || !(amount > 0)) continue;
    const inBuyBox = box.root?.contains(el) ?? false;
    const facts = ancestry(el, box.root);
    if (facts.notItem || inOtherProducts(el, box.root)) continue;
    let score = inBuyBox ? 4 : 0;
    if (facts.current) score += 2;
    if (attr(el, 'itemprop') === 'price') score += 2;
    if (CURRENT_TEXT.some((w) => lower.startsWith(w))) score += 2;
    const labelledOld = NOT_CURRENT_TEXT.some((w) => lower.startsWith(w) || lower.includes(`${w}:`));
    const surelyOld = facts.struck || isStruck(el) || labelledOld;
    const was = surelyOld || facts.notCurrent;
    if (was) score -= surelyOld ? 6 : 3;
    if (anchor >= 0) {
      // Near the heading beats far from it: up to two points, fading over a few hundred elements.
      const distance = Math.abs(index.position(el) - anchor);
      score += 2 * Math.max(0, 1 - distance / 400);
    }
    out.push({ el, amount, text, score, inBuyBox, was, surelyOld });
  }
  return out;
}

/** The best candidate: highest score, then first in document order; null when none scored above zero. */
export function bestPrice(candidates: readonly PriceCandidate[]): PriceCandidate | null {
  let best: PriceCandidate | null = null;
  for (const c of candidates) if (c.score > 0 && (best === null || c.score > best.score)) best = c;
  return best;
}

/** Elements that state stock, by class or id: "stock", "availability", "inventory", "sold-out". */
const STOCK_NAMES = ['stock', 'availab', 'inventory', 'soldout', 'sold-out', 'lieferbar'];

/**
 * What the buy box says about stock: a stock line's wording first (any language in `STOCK_PHRASES`),
 * then the add-to-cart control (disabled or "sold out" → OutOfStock; enabled → InStock, less sure).
 */
export function buyBoxAvailability(
  index: PageIndex,
  box: BuyBox,
  heading: Element | null,
): { status: string; el: Element | null; confidence: number } | undefined {
  const anchor = heading ? index.position(heading) : -1;
  const lines = STOCK_NAMES.flatMap((name) => index.withNameContaining(name, 50));
  let best: { status: string; el: Element; distance: number } | undefined;
  for (const el of lines) {
    if (el.localName === 'script' || el.localName === 'style' || el.localName === 'select' || el.localName === 'option')
      continue;
    // A stock line is a short element; a container named "availability-wrapper" with a whole form inside is not read.
    if (el.childElementCount > 6) continue;
    const text = visibleText(el, { maxChars: 201 });
    if (text.length === 0 || text.length > 200) continue;
    const found = availabilityFromText(text);
    if (!found) continue;
    const inBox = box.root?.contains(el) ?? false;
    const distance = inBox ? 0 : anchor >= 0 ? Math.abs(index.position(el) - anchor) : 1000;
    if (distance > 600 || ancestry(el, box.root).notItem || inOtherProducts(el, box.root)) continue;
    if (!best || distance < best.distance) best = { status: found.status, el, distance };
  }
  if (best) return { status: best.status, el: best.el, confidence: best.distance === 0 ? 0.85 : 0.7 };
  if (box.addToCart) {
    return box.soldOutControl
      ? { status: 'OutOfStock', el: box.addToCart, confidence: 0.7 }
      : { status: 'InStock', el: box.addToCart, confidence: 0.6 };
  }
  return undefined;
}
