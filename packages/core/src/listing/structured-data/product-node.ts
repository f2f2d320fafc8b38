/** Reads a schema.org Product or ProductGroup object (from JSON-LD or microdata) into listing fields. */
import { parseAmount } from '../currency.js';
import { asRecord, asString, htmlToText, parseCount, parseNumber } from '../dom.js';

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

function priceOf(amount: unknown): number | undefined {
  if (typeof amount === 'number') return Number.isFinite(amount) ? amount : undefined;
  const s = asString(amount);
  if (!s) return undefined;
  return parseAmount(s) ?? undefined;
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
    availability ??= availabilityName(offer.availability);
    const spec = list(offer.priceSpecification).map(asRecord).find(Boolean);
    const amount = priceOf(offer.price) ?? priceOf(spec?.price) ?? priceOf(offer.lowPrice);
    const currency = asString(offer.priceCurrency) ?? asString(spec?.priceCurrency);
    if (amount !== undefined) return { price: currency ? { amount, currency } : { amount }, availability };
    const nested = offerFacts(offer.offers, depth + 1);
    if (nested.price) return { price: nested.price, availability: availability ?? nested.availability };
  }
  return availability ? { availability } : {};
}

function gtinOf(node: Record<string, unknown>): string | undefined {
  for (const key of ['gtin', 'gtin13', 'gtin12', 'gtin14', 'gtin8']) {
    const v = asString(node[key]);
    if (v) return v;
  }
  return undefined;
}

export function productFacts(node: Record<string, unknown>): ProductFacts {
  const facts: ProductFacts = { images: imageUrls(node.image) };
  facts.title = asString(node.name);
  const brand = node.brand;
  facts.brand = asString(brand) ?? asString(asRecord(list(brand)[0])?.name);
  const description = asString(node.description);
  if (description) facts.description = htmlToText(description);
  let offers = offerFacts(node.offers);
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
  const rating = asRecord(node.aggregateRating);
  if (rating) {
    facts.rating = parseNumber(asString(rating.ratingValue)) ?? undefined;
    facts.reviewCount = parseCount(asString(rating.reviewCount) ?? asString(rating.ratingCount)) ?? undefined;
  }
  // A ProductGroup's id is not a SKU; take the first variant's.
  const firstVariant = asRecord(list(node.hasVariant)[0]);
  facts.sku = asString(node.sku) ?? asString(firstVariant?.sku);
  facts.gtin = gtinOf(node) ?? (firstVariant ? gtinOf(firstVariant) : undefined);
  return facts;
}
