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

/** The price tags of either convention, with which one was used. */
export function openGraphPrice(og: Record<string, string>): { amount?: string; currency?: string; key?: string } {
  for (const prefix of ['product:price', 'og:price']) {
    const amount = og[`${prefix}:amount`];
    if (amount) return { amount, currency: og[`${prefix}:currency`], key: `${prefix}:amount` };
  }
  return {};
}
