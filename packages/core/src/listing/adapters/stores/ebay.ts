/// <reference lib="dom" />
/** eBay adapter: item number, title, primary price, item specifics, picture panel and quantity line of one listing; seller feedback is never the item's rating. */

import { cleanText, parseCount, parseNumber, textOf, visibleText } from '../../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillPrice, priceFromText } from '../../draft.js';
import { availabilityFromText } from '../../stock-text.js';
import { isHostOfAny, type StoreAdapter } from './store-adapter.js';

/** eBay's country sites; `ebay.com.au` is its own site, not a subdomain of `ebay.com`. */
const SITES = [
  '.com',
  '.co.uk',
  '.de',
  '.fr',
  '.it',
  '.es',
  '.ca',
  '.com.au',
  '.at',
  '.ch',
  '.ie',
  '.nl',
  '.be',
  '.pl',
];

const ITEM_NUMBER = /^\d{9,15}$/;

/** The item number in a listing URL: `/itm/123456789012`, `/itm/title-words/123456789012` or `?item=123456789012`. */
export function itemNumberFromUrl(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const path = /\/itm\/(?:[^/?#]+\/)?(\d{9,15})(?=$|[/?#])/.exec(u.pathname)?.[1];
  if (path) return path;
  const param = u.searchParams.get('item');
  return param && ITEM_NUMBER.test(param) ? param : undefined;
}

/** The labels eBay puts before the item number, lower-case ("eBay item number:", "eBay-Artikelnummer:", …). */
const ITEM_NUMBER_LABELS = [
  'ebay item number',
  'ebay-artikelnummer',
  "numéro de l'objet ebay",
  'numero oggetto ebay',
  'número de artículo de ebay',
  'ebay-objectnummer',
  'numer przedmiotu ebay',
];

/** The item number the page states, from the "eBay item number:" line (2021–) or the description tab (older). */
function statedItemNumber(ctx: AdapterContext): { value: string; el: Element } | undefined {
  const line = ctx.index.first('.ux-layout-section__textual-display--itemId');
  if (line) {
    const text = cleanText(line.textContent).toLowerCase();
    const label = ITEM_NUMBER_LABELS.find((l) => text.includes(l));
    const value = label ? /\d{9,15}/.exec(text.slice(text.indexOf(label) + label.length))?.[0] : undefined;
    const el = line.querySelector('.ux-textspans--BOLD') ?? line;
    if (value) return { value, el };
  }
  const old = ctx.index.first('#descItemNumber');
  const value = cleanText(old?.textContent);
  return old && ITEM_NUMBER.test(value) ? { value, el: old } : undefined;
}

/** "Details about", in eBay's languages, before the old layout's title (a hidden span screen readers hear). */
const TITLE_PREFIXES = ['details about', 'details zu', 'détails sur', 'dettagli su', 'detalles de', 'details over'];

function readTitle(ctx: AdapterContext): void {
  const modern = ctx.index.first('h1.x-item-title__mainTitle');
  if (modern) {
    fill(ctx, 'title', visibleText(modern, { separate: true, maxChars: 400 }), 'ebay-dom', modern, 0.95);
    return;
  }
  const old = ctx.index.first('h1#itemTitle') ?? ctx.index.first('#itemTitle');
  if (!old) return;
  let text = visibleText(old, { separate: true, maxChars: 400, skip: (el) => el.classList.contains('g-hdn') });
  const lower = text.toLowerCase();
  const prefix = TITLE_PREFIXES.find((p) => lower.startsWith(p));
  if (prefix) text = text.slice(prefix.length).trim();
  fill(ctx, 'title', text, 'ebay-dom', old, 0.9);
}

/** "US $29.99", "C $12.50", "AU $19.95": eBay puts a space inside the dollar sign; joined, the symbol is unambiguous. */
export function normalizeEbayPrice(text: string): string {
  return text.replace(/\b(US|C|AU|NZ|HK|SG) \$/g, '$1$');
}

/** The listing's price: the primary price (Buy It Now or current bid), never the "approximately" conversion or a struck price. */
function readPrice(ctx: AdapterContext): void {
  const main = ctx.index.first('#mainContent');
  const primaries = ctx.index.all('.x-price-primary').slice(0, 20);
  const primary = primaries.find((el) => !main || main.contains(el)) ?? primaries[0];
  if (primary) {
    const text = normalizeEbayPrice(
      visibleText(primary, { separate: true, skip: (el) => el.localName === 'del' || el.localName === 's' }),
    );
    if (fillPrice(ctx, priceFromText(ctx, text), 'ebay-dom', primary, 0.95)) return;
  }
  // Older layout: the sale price, else the price whose microdata holds the amount and currency.
  for (const selector of ['#mm-saleDscPrc', '#prcIsum', '#prcIsum_bidPrice']) {
    const el = ctx.index.first(selector);
    if (!el) continue;
    const text = normalizeEbayPrice(visibleText(el, { separate: true }));
    const currency =
      el.parentElement?.querySelector('[itemprop="priceCurrency"]')?.getAttribute('content') ?? undefined;
    const parsed = priceFromText(ctx, text);
    const content = el.getAttribute('content');
    const price = content && currency && /^\d+(\.\d+)?$/.test(content) ? { amount: Number(content), currency } : parsed;
    if (fillPrice(ctx, price, 'ebay-dom', el, 0.9)) return;
  }
}

/** Item-specifics labels that name the brand, and values that say there is none. */
const BRAND_LABELS = ['brand', 'marke', 'marque', 'marca', 'merk', 'marka'];
const GTIN_LABELS = ['upc', 'ean', 'gtin', 'isbn', 'isbn-13', 'isbn-10'];
const NO_VALUE = [
  'does not apply',
  'not applicable',
  'n/a',
  'nicht zutreffend',
  'non applicabile',
  'ne s’applique pas',
  "ne s'applique pas",
  'no aplica',
  'no aplicable',
  'niet van toepassing',
];

/** The item specifics as label → value element: the 2022– label/value pairs, then the older attribute table. */
function itemSpecifics(ctx: AdapterContext): Map<string, Element> {
  const specifics = new Map<string, Element>();
  for (const label of ctx.index.all('.ux-labels-values__labels').slice(0, 200)) {
    const value = label.parentElement?.querySelector('.ux-labels-values__values');
    const name = cleanText(label.textContent).replace(/:$/, '').toLowerCase();
    if (value && name && !specifics.has(name)) specifics.set(name, value);
  }
  if (specifics.size > 0) return specifics;
  for (const label of ctx.index.all('.attrLabels').slice(0, 200)) {
    const value = label.nextElementSibling;
    const name = cleanText(label.textContent).replace(/\s*:$/, '').toLowerCase();
    if (value && name && !specifics.has(name)) specifics.set(name, value);
  }
  return specifics;
}

function specificValue(el: Element): string | undefined {
  // The value's first line: long values end in a "Read more" control and a hidden full text.
  const first = el.querySelector('.ux-textspans') ?? el;
  const text = visibleText(first, { maxChars: 200 });
  return text && !NO_VALUE.includes(text.toLowerCase()) ? text : undefined;
}

function readSpecifics(ctx: AdapterContext): void {
  const specifics = itemSpecifics(ctx);
  for (const label of BRAND_LABELS) {
    const el = specifics.get(label);
    const brand = el ? specificValue(el) : undefined;
    if (el && brand && fill(ctx, 'brand', brand, 'ebay-specifics', el, 0.9)) break;
  }
  for (const label of GTIN_LABELS) {
    const el = specifics.get(label);
    const value = el ? specificValue(el)?.replace(/[\s-]/g, '') : undefined;
    if (el && value && /^\d{8,14}$/.test(value) && fillId(ctx, 'gtin', value, 'ebay-specifics', el, 0.9)) break;
  }
}

/** The picture panel: the carousel's full-size images (2021–), else the old main image and its thumbnails. */
function readImages(ctx: AdapterContext): void {
  const items = ctx.index.all('.ux-image-carousel-item').slice(0, 200);
  const fromCarousel = items
    .map((item) => item.querySelector('img'))
    .filter((img): img is HTMLImageElement => img !== null)
    .map((img) => ({
      url: img.getAttribute('data-zoom-src') || img.getAttribute('src') || img.getAttribute('data-src') || '',
      el: img,
      ...(img.getAttribute('alt') ? { alt: cleanText(img.getAttribute('alt')) } : {}),
    }));
  if (fillImages(ctx, fromCarousel, 'ebay-dom')) return;
  const main = ctx.index.first('#icImg');
  const thumbs = ctx.index.first('#vi_main_img_fs');
  const urls = [
    ...(main ? [{ url: main.getAttribute('src') ?? '', el: main }] : []),
    ...Array.from(thumbs?.querySelectorAll('img') ?? [])
      .slice(0, 200)
      // Thumbnails are 64 px renditions of the same pictures; the 1600 px one is the picture itself.
      .map((img) => ({ url: (img.getAttribute('src') ?? '').replace(/\/s-l\d+\./, '/s-l1600.'), el: img })),
  ];
  if (main) urls[0] = { url: (urls[0]?.url ?? '').replace(/\/s-l\d+\./, '/s-l1600.'), el: main };
  fillImages(ctx, urls, 'ebay-dom');
}

/**
 * eBay's own quantity wording ("More than 10 available", "Last one", "3 verfügbar"): a count is stock. Stock
 * wording every store uses ("Out of stock", "Ausverkauft") is the shared table's (stock-text.ts).
 */
const QUANTITY_IN_STOCK = [
  'available',
  'last one',
  'verfügbar',
  'letzter artikel',
  'disponible',
  'dernier article',
  'disponibili',
  'ultimo articolo',
  'último artículo',
  'beschikbaar',
  'dostępn',
];

/** The stock a quantity line states; "45 sold" alone is a popularity count, not stock. */
export function ebayStock(text: string): 'InStock' | 'OutOfStock' | 'PreOrder' | undefined {
  const stated = availabilityFromText(text);
  if (stated?.status === 'OutOfStock') return 'OutOfStock';
  const lower = text.slice(0, 400).toLowerCase();
  if (/(?:^|\D)0 (?:available|verfügbar|disponible)/.test(lower)) return 'OutOfStock';
  if (stated) return stated.status;
  if (QUANTITY_IN_STOCK.some((phrase) => lower.includes(phrase))) return 'InStock';
  return undefined;
}

/** What the status banner of an ended or sold-out listing says, in eBay's languages. */
const ENDED = [
  'listing was ended',
  'listing has ended',
  'listing ended',
  'bidding has ended',
  'this listing sold',
  'no longer available',
  'out of stock',
  'angebot wurde beendet',
  'angebot ist beendet',
  'nicht mehr verfügbar',
  'annonce est terminée',
  'a pris fin',
  'inserzione è terminata',
  'anuncio ha finalizado',
  'anuncio ha terminado',
];

/** The status banners eBay shows above an ended listing (the 2021– message, the older panel). */
const STATUS_BANNERS = ['.d-statusmessage', '#msgPanel', '.ux-message__content'];

function readAvailability(ctx: AdapterContext): void {
  // An ended listing says so in a banner above the item, whatever its quantity line still says.
  for (const selector of STATUS_BANNERS) {
    const banner = ctx.index.first(selector);
    const text = banner ? visibleText(banner, { maxChars: 400 }).toLowerCase() : '';
    if (banner && ENDED.some((phrase) => text.includes(phrase))) {
      fill(ctx, 'availability', 'OutOfStock', 'ebay-dom', banner, 0.9);
      return;
    }
  }
  for (const selector of ['.x-quantity__availability', '.d-quantity__availability', '#qtySubTxt']) {
    const el = ctx.index.first(selector);
    const stock = el ? ebayStock(visibleText(el, { separate: true })) : undefined;
    if (el && stock) {
      fill(ctx, 'availability', stock, 'ebay-dom', el, 0.85);
      return;
    }
  }
}

/** Product ratings (catalogue items only): the stars by the title or the reviews section, never the seller card. */
function readProductRatings(ctx: AdapterContext): void {
  const stars = ctx.index.first('.x-star-rating') ?? ctx.index.first('.ebay-review-section');
  if (!stars) return;
  const average =
    stars.querySelector('.ebay-review-start-rating') ?? stars.querySelector('.clipped') ?? stars.querySelector('span');
  const rating = parseNumber(textOf(average).slice(0, 40));
  const count = stars.querySelector('.ux-summary__count, .ebay-reviews-count');
  const reviews = parseCount(textOf(count));
  if (average && rating !== null && rating > 0 && rating <= 5) {
    fill(ctx, 'rating', rating, 'ebay-dom', average, 0.85);
    if (count && reviews !== null) fill(ctx, 'reviewCount', reviews, 'ebay-dom', count, 0.85);
  }
}

export const ebayAdapter: StoreAdapter = {
  id: 'ebay',
  matches: (host) => isHostOfAny(host, ['ebay'], SITES),
  extract(ctx) {
    fillId(ctx, 'itemId', itemNumberFromUrl(ctx.url), 'url-path', null, 0.95);
    const stated = statedItemNumber(ctx);
    if (stated) fillId(ctx, 'itemId', stated.value, 'ebay-dom', stated.el, 0.95);
    readTitle(ctx);
    readPrice(ctx);
    readSpecifics(ctx);
    readImages(ctx);
    readAvailability(ctx);
    readProductRatings(ctx);
  },
};
