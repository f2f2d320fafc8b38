/// <reference lib="dom" />
/** Cdiscount adapter (cdiscount.com): the product sheet's main price (`fpPrice`/`c-price`, "39€99"), heading, brand, star summary, features table (EAN, brand) and viewer images. */
import { parseAmount } from '../../currency.js';
import { cleanText, parseCount, parseNumber, textOf, visibleText } from '../../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillList, fillPrice } from '../../draft.js';
import type { ListingPrice } from '../../listing-types.js';
import { availabilityFromText } from '../../stock-text.js';
import { isHostOf, type StoreAdapter } from './store-adapter.js';

/** Ancestors climbed to tell the product's own block from other sellers' offers, carousels and review lists. */
const MAX_CLIMB = 12;
/** Blocks whose prices and stars are not the page's product's. */
const OTHER_BLOCKS = [
  'prdtbloc',
  'carousel',
  'reco',
  'similar',
  'related',
  'offers',
  'seller',
  'review-list',
  'reviews-list',
];
/** Elements between the heading and a summary that still belongs to it. */
const MAX_DISTANCE = 600;
/** Feature-table rows and gallery images read, at most. */
const MAX_ROWS = 300;
const MAX_IMAGES = 100;

function inOtherBlock(el: Element): boolean {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < MAX_CLIMB; depth++, node = node.parentElement) {
    const name = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`.toLowerCase();
    if (OTHER_BLOCKS.some((fragment) => name.includes(fragment))) return true;
  }
  return false;
}

/** Cdiscount's product id in a sheet URL (`/…/f-1070992-auc2009903040735.html`, `/fp/…/mp12345.html`). */
export function cdiscountProductId(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  return /\/f-\d+-([a-z0-9]+)\.html$/i.exec(path)?.[1] ?? /\/fp\/(?:[^/]+\/)?([a-z0-9]+)\.html$/i.exec(path)?.[1];
}

/** "39€99", "1 299€00" (euros, the sign, cents) or "39,99 €" to an amount; the euro sign as decimal mark is Cdiscount's. */
export function cdiscountAmount(text: string): number | null {
  const t = cleanText(text).slice(0, 80);
  const m = /(\d[\d\s.]*)€\s?(\d{2})(?!\d)/.exec(t);
  if (m?.[1] && m[2]) return parseAmount(`${m[1].trim()},${m[2]}`);
  return parseAmount(t);
}

function amountOf(el: Element): number | null {
  const content = el.getAttribute('content')?.trim();
  if (content && /^\d{1,9}([.,]\d{1,2})?$/.test(content)) return Number(content.replace(',', '.'));
  // The sheet's own split price: `#DisplayPrice` euros and `#DisplayPriceCent` cents.
  const euros = el.querySelector('#DisplayPrice');
  const cents = el.querySelector('#DisplayPriceCent');
  // "249€" + "99": digits only on each side, or the euro sign would end the amount at 249.
  if (euros && cents) {
    const whole = textOf(euros).replace(/\D/g, '');
    if (whole) return parseAmount(`${whole},${textOf(cents).replace(/\D/g, '').slice(0, 2) || '00'}`);
  }
  return cdiscountAmount(visibleText(el, { skip: isStruck, maxChars: 80 }));
}

function isStruck(el: Element): boolean {
  if (el.localName === 'del' || el.localName === 's') return true;
  const cls = (el.getAttribute('class') ?? '').toLowerCase();
  return cls.includes('strike') || /(^|[\s_-])old(price)?([\s_-]|$)/.test(cls);
}

/** The main price: the sheet's price element (never a struck "prix de référence", another seller's offer or a related product's). */
function mainPrice(ctx: AdapterContext): { price: ListingPrice; el: Element } | undefined {
  const candidates = [
    ...ctx.index.all('.fpPrice').slice(0, 10),
    ...ctx.index.all('.c-price--promo').slice(0, 10),
    ...ctx.index.all('.c-price--xl').slice(0, 10),
    ctx.index.first('#DisplayPrice')?.parentElement ?? null,
  ];
  for (const el of candidates) {
    if (!el || isStruck(el) || inOtherBlock(el)) continue;
    const amount = amountOf(el);
    if (amount !== null && amount > 0) return { price: { amount, currency: 'EUR' }, el };
  }
  return undefined;
}

/** Rows of the features table: the first cell is the label ("Marque", "EAN"), the second its value. */
function featureValue(ctx: AdapterContext, labels: readonly string[]): { value: string; el: Element } | undefined {
  const rows = ctx.index.all('.table--fpDescTb tr, .fpDescTb tr').slice(0, MAX_ROWS);
  for (const row of rows) {
    const cells = row.querySelectorAll('th, td');
    const label = cleanText(cells[0]?.textContent).toLowerCase().replace(/\s*:$/, '');
    if (cells.length < 2 || !labels.includes(label)) continue;
    const value = textOf(cells[1]);
    if (value) return { value, el: cells[1] as Element };
  }
  return undefined;
}

/** The first element of `selector` near the heading and outside other blocks. */
function nearHeading(ctx: AdapterContext, selector: string, heading: Element | null): Element | undefined {
  const anchor = heading ? ctx.index.position(heading) : -1;
  return ctx.index
    .all(selector)
    .slice(0, 40)
    .find((el) => !inOtherBlock(el) && (anchor < 0 || Math.abs(ctx.index.position(el) - anchor) <= MAX_DISTANCE));
}

/** "4,5/5" and "(82 avis)" of the star summary beside the heading. */
function starSummary(
  ctx: AdapterContext,
  heading: Element | null,
): { rating?: number; count?: number; el: Element } | undefined {
  const score = nearHeading(ctx, '.c-stars-rating__text', heading);
  const label = nearHeading(ctx, '.c-stars-rating__label', heading);
  const el = score ?? label;
  if (!el) return undefined;
  const rating = parseNumber(score ? textOf(score) : undefined);
  const count = parseCount(label ? textOf(label) : undefined);
  return {
    ...(rating !== null && rating > 0 && rating <= 5 ? { rating } : {}),
    ...(count !== null ? { count } : {}),
    el,
  };
}

/** Viewer thumbnails (`c-productViewer__thumb`, older `fpGal…`), each picture once at the large size. */
function viewerImages(ctx: AdapterContext): { url: string; alt?: string; el: Element }[] {
  const imgs = [
    ...ctx.index.all('.c-productViewer__thumb img'),
    ...ctx.index.all('.fpGalImg img'),
    ...ctx.index.all('.fpGalThbs img'),
    ...ctx.index.all('.fpMainImg img'),
  ].slice(0, MAX_IMAGES);
  const seen = new Set<string>();
  const out: { url: string; alt?: string; el: Element }[] = [];
  for (const img of imgs) {
    const raw = cleanText(img.getAttribute('data-src') ?? img.getAttribute('src'));
    if (!raw || raw.startsWith('data:')) continue;
    // Thumbnails are `/115x115/`; the same picture is served at `/700x700/`.
    const url = raw.replace(/\/\d{2,4}x\d{2,4}\//, '/700x700/');
    if (seen.has(url)) continue;
    seen.add(url);
    const alt = img.getAttribute('alt');
    out.push({ url, ...(alt !== null ? { alt: cleanText(alt) } : {}), el: img });
  }
  return out;
}

/** A stock line near the heading ("En stock", "Épuisé", "Plus que 2 en stock"). */
function stockLine(ctx: AdapterContext, heading: Element | null): { status: string; el: Element } | undefined {
  const anchor = heading ? ctx.index.position(heading) : -1;
  for (const el of ctx.index.withNameContaining('stock', 30)) {
    if (el.localName === 'script' || inOtherBlock(el)) continue;
    if (anchor >= 0 && Math.abs(ctx.index.position(el) - anchor) > MAX_DISTANCE) continue;
    const text = visibleText(el, { separate: true, maxChars: 200 });
    const stated = text.length <= 150 ? availabilityFromText(text) : undefined;
    if (stated) return { status: stated.status, el };
  }
  return undefined;
}

function extractCdiscount(ctx: AdapterContext): void {
  const dom = 'cdiscount-dom';
  const heading =
    ctx.index.first('.c-fp-heading__title') ??
    ctx.index.first('h1[itemprop="name"]') ??
    ctx.index.first('.fpDesCol h1') ??
    ctx.index.first('.fpTMain h1');
  if (heading) fill(ctx, 'title', visibleText(heading, { separate: true }), dom, heading, 0.95);

  const brandEl =
    ctx.index.first('.c-fp-heading__brand') ?? ctx.index.first('.fpBrandName') ?? ctx.index.first('.fpBrandLnk');
  if (brandEl)
    fill(ctx, 'brand', visibleText(brandEl, { maxChars: 120 }).replace(/^marque\s*:\s*/i, ''), dom, brandEl, 0.9);
  const brandRow = featureValue(ctx, ['marque']);
  if (brandRow) fill(ctx, 'brand', brandRow.value, dom, brandRow.el, 0.8);

  fillId(ctx, 'sku', cdiscountProductId(ctx.url), 'url-path', null, 0.85);
  const ean = featureValue(ctx, ['ean', 'code ean', 'ean13', 'gencod']);
  const digits = ean?.value.replace(/\s/g, '');
  if (ean && digits && /^\d{8,14}$/.test(digits)) fillId(ctx, 'gtin', digits, dom, ean.el, 0.9);

  const price = mainPrice(ctx);
  if (price) fillPrice(ctx, price.price, dom, price.el, 0.9);
  const stock = stockLine(ctx, heading);
  if (stock) fill(ctx, 'availability', stock.status, dom, stock.el, 0.75);

  const description = ctx.index.first('#MarketingLongDescription');
  if (description) fill(ctx, 'description', textOf(description), dom, description, 0.85);
  const crumbs = ctx.index.first('.c-breadcrumbs');
  if (crumbs) {
    const items = Array.from(crumbs.querySelectorAll('a')).map((a) => ({ text: textOf(a), el: a }));
    fillList(ctx, 'breadcrumbs', items, dom, '.c-breadcrumbs a');
  }

  const stars = starSummary(ctx, heading);
  if (stars?.rating !== undefined) fill(ctx, 'rating', stars.rating, dom, stars.el, 0.85);
  if (stars?.count !== undefined) fill(ctx, 'reviewCount', stars.count, dom, stars.el, 0.85);
  fillImages(ctx, viewerImages(ctx), dom);
}

export const cdiscountAdapter: StoreAdapter = {
  id: 'cdiscount',
  matches: (host) => isHostOf(host, 'cdiscount.com'),
  extract: extractCdiscount,
};
