/// <reference lib="dom" />
/** Open Graph: `og:*` and `product:*` tags, in both price conventions (`og:price:*` and `product:price:*`). */
import { cleanText } from '../dom.js';
import type { PageIndex } from '../page-index.js';

export function readOpenGraph(index: PageIndex): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of index.all('meta[property^="og:"], meta[property^="product:"]')) {
    const key = el.getAttribute('property');
    const value = cleanText(el.getAttribute('content'));
    if (key && value && out[key] === undefined) out[key] = value;
  }
  return out;
}

/** Price tag prefixes, the current price first: a `sale_price` is what the buyer pays when both are set. */
const PRICE_PREFIXES = ['product:sale_price', 'og:sale_price', 'product:price', 'og:price'];

/**
 * The price tags of either convention, with which one was used. Pages mix them (`product:price:amount`
 * with `og:price:currency`), so the currency is taken from the amount's own prefix, then from any other.
 */
export function openGraphPrice(og: Record<string, string>): { amount?: string; currency?: string; key?: string } {
  for (const prefix of PRICE_PREFIXES) {
    const amount = og[`${prefix}:amount`];
    if (!amount) continue;
    const currency =
      og[`${prefix}:currency`] ?? PRICE_PREFIXES.map((other) => og[`${other}:currency`]).find((c) => c !== undefined);
    return currency === undefined ? { amount, key: `${prefix}:amount` } : { amount, currency, key: `${prefix}:amount` };
  }
  return {};
}
