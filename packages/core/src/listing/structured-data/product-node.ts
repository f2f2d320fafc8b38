/** Reads a schema.org Product or ProductGroup object (from JSON-LD or microdata) into listing fields. */
import { parseAmount } from '../currency.js';
import { asRecord, asString, htmlToText, parseCount, parseNumber } from '../dom.js';
import { decodeEntities } from '../html-text.js';

export interface ProductFacts {
  title?: string;
  brand?: string;
  description?: string;
  images: string[];
  price?: { amount: number; currency?: string };
  availability?: string;
  rating?: number;
  reviewCount?: number;
  sku?: string;
  gtin?: string;
}

export function typesOf(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

export function isProductNode(node: Record<string, unknown>): boolean {
  return typesOf(node).some((t) => t === 'Product' || t === 'ProductGroup' || t === 'IndividualProduct');
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Open Graph and feed spellings (`oos`, `in stock`, `IN_STOCK`) of ItemAvailability names. */
const SHORT_AVAILABILITY: Record<string, string> = {
  instock: 'InStock',
  oos: 'OutOfStock',
  outofstock: 'OutOfStock',
  soldout: 'SoldOut',
  preorder: 'PreOrder',
  backorder: 'BackOrder',
  pending: 'PreOrder',
};

/** The longest availability value read: schema.org names are under 30 characters, URLs under 60. */
const AVAILABILITY_MAX_CHARS = 100;

/** "https://schema.org/InStock" → "InStock"; "in stock" or "oos" → the schema.org name. */
export function availabilityName(value: unknown): string | undefined {
  const s = asString(typeof value === 'string' ? value.slice(0, AVAILABILITY_MAX_CHARS) : value);
  if (!s) return undefined;
  const short = SHORT_AVAILABILITY[s.toLowerCase().replace(/[\s_-]+/g, '')];
  if (short) return short;
  // lastIndexOf and split, not `^.*[/#]` and `[\s_-]+(\w)`, which backtrack on long separator runs.
  const path = s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')) + 1);
  const tail = path
    .split(/[\s_-]+/)
    .map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
  const known = ['InStock', 'OutOfStock', 'PreOrder', 'BackOrder', 'Discontinued', 'LimitedAvailability'];
  const known2 = ['InStoreOnly', 'OnlineOnly', 'SoldOut', 'PreSale', 'MadeToOrder'];
  const hit = [...known, ...known2].find((k) => k.toLowerCase() === tail.toLowerCase());
  return hit ?? (tail ? tail.charAt(0).toUpperCase() + tail.slice(1) : undefined);
}

function imageUrls(value: unknown): string[] {
  const out: string[] = [];
  for (const item of list(value)) {
    const url = asString(item) ?? asString(asRecord(item)?.url) ?? asString(asRecord(item)?.contentUrl);
    if (url) out.push(url);
  }
  return out;
}

/** A price value: a number, a string, or (microdata with both a `content` and a visible value) the first readable of several. */
function priceOf(amount: unknown): number | undefined {
  if (Array.isArray(amount)) {
    for (const item of amount.slice(0, 4)) {
      const price = priceOf(item);
      if (price !== undefined) return price;
    }
    return undefined;
  }
  if (typeof amount === 'number') return Number.isFinite(amount) && amount >= 0 ? amount : undefined;
  const s = asString(amount);
  if (!s) return undefined;
  // schema.org prices are machine numbers ("69.990000000000", "1299.5"): a dot is always the decimal mark.
  if (/^\d{1,15}(\.\d{1,20})?$/.test(s)) return Number(s);
  return parseAmount(s) ?? undefined;
}

/** The first string of a value that may be repeated (microdata), entities decoded: JSON-LD is script text, so `H&amp;M` arrives undecoded. */
function textOfValue(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value.find((v) => asString(v) !== undefined) : value;
  const s = asString(first);
  return s === undefined ? undefined : decodeEntities(s);
}

/** Price specifications that are not the selling price (schema.org PriceTypeEnumeration). */
const NOT_SELLING_PRICE = ['ListPrice', 'StrikethroughPrice', 'MSRP', 'SRP', 'InvoicePrice', 'MinimumAdvertisedPrice'];

function isSellingSpec(spec: Record<string, unknown>): boolean {
  const type = asString(spec.priceType);
  return !type || !NOT_SELLING_PRICE.some((name) => type.endsWith(name));
}

/** How deep `offers.offers…` is followed: AggregateOffer → Offer is one level; a hostile page may nest thousands. */
const MAX_OFFER_DEPTH = 4;

/** The first offer with a price (Offer, Offer[], AggregateOffer, priceSpecification). */
export function offerFacts(
  offers: unknown,
  depth = 0,
): { price?: { amount: number; currency?: string }; availability?: string } {
  if (depth > MAX_OFFER_DEPTH) return {};
  let availability: string | undefined;
  for (const raw of list(offers)) {
    const offer = asRecord(raw);
    if (!offer) continue;
    availability ??= availabilityName(list(offer.availability)[0]);
    const specs = list(offer.priceSpecification)
      .map(asRecord)
      .filter((x): x is Record<string, unknown> => x !== undefined);
    const spec = specs.find(isSellingSpec);
    const amount = priceOf(offer.price) ?? priceOf(spec?.price) ?? priceOf(offer.lowPrice);
    const currency = textOfValue(offer.priceCurrency) ?? textOfValue(spec?.priceCurrency);
    if (amount !== undefined) return { price: currency ? { amount, currency } : { amount }, availability };
    const nested = offerFacts(offer.offers, depth + 1);
    if (nested.price) return { price: nested.price, availability: availability ?? nested.availability };
  }
  return availability ? { availability } : {};
}

function gtinOf(node: Record<string, unknown>): string | undefined {
  for (const key of ['gtin', 'gtin13', 'gtin12', 'gtin14', 'gtin8']) {
    const v = textOfValue(node[key]);
    // Placeholders ("n/a", "none", "0") are not GTINs: a GTIN is 8 to 14 digits.
    if (v && /^\d{8,14}$/.test(v) && !/^0+$/.test(v)) return v;
  }
  return undefined;
}

export function productFacts(node: Record<string, unknown>): ProductFacts {
  const facts: ProductFacts = { images: imageUrls(node.image) };
  facts.title = textOfValue(node.name);
  const brand = list(node.brand)[0];
  facts.brand = textOfValue(brand) ?? textOfValue(asRecord(brand)?.name);
  const description = asString(list(node.description)[0]);
  if (description) facts.description = htmlToText(description);
  let offers = offerFacts(node.offers);
  // Some pages put the price on the Product itself, with no Offer.
  if (!offers.price && node.price !== undefined) {
    const direct = offerFacts({
      price: node.price,
      priceCurrency: node.priceCurrency,
      availability: node.availability,
    });
    if (direct.price) offers = { ...direct, availability: offers.availability ?? direct.availability };
  }
  // A ProductGroup carries its offers on the variants.
  if (!offers.price) {
    for (const variant of list(node.hasVariant)) {
      const v = asRecord(variant);
      if (!v) continue;
      const vo = offerFacts(v.offers);
      if (vo.price) {
        offers = vo;
        break;
      }
    }
    if (facts.images.length === 0) facts.images = list(node.hasVariant).flatMap((v) => imageUrls(asRecord(v)?.image));
  }
  if (offers.price) facts.price = offers.price;
  if (offers.availability) facts.availability = offers.availability;
  const rating = asRecord(list(node.aggregateRating)[0]);
  if (rating) {
    facts.reviewCount = parseCount(textOfValue(rating.reviewCount) ?? textOfValue(rating.ratingCount)) ?? undefined;
    // "0" stars from 0 reviews is no rating, not a rating of 0.
    const value = parseNumber(textOfValue(rating.ratingValue)) ?? undefined;
    if (!(value === 0 && (facts.reviewCount ?? 0) === 0)) facts.rating = value;
  }
  // A ProductGroup's id is not a SKU; take the first variant's.
  const firstVariant = asRecord(list(node.hasVariant)[0]);
  facts.sku = textOfValue(node.sku) ?? textOfValue(firstVariant?.sku);
  facts.gtin = gtinOf(node) ?? (firstVariant ? gtinOf(firstVariant) : undefined);
  return facts;
}
