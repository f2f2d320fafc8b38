// Tests for structuredCurrency: the ISO code from JSON-LD and microdata offers (variants and price specifications too), then the price meta tags.
import { describe, expect, it } from 'vitest';
import type { StructuredInput } from './store-adapter.js';
import { structuredCurrency } from './structured-currency.js';

const input = (jsonLd: Record<string, unknown>[], og: Record<string, string> = {}): StructuredInput => ({
  jsonLd,
  microdata: [],
  og,
});

describe('structuredCurrency', () => {
  it.each<[string, StructuredInput, string | undefined]>([
    ['an Offer', input([{ offers: { price: '9', priceCurrency: 'gbp' } }]), 'GBP'],
    ['an offer list', input([{ offers: [{ price: '9' }, { price: '9', priceCurrency: 'EUR' }] }]), 'EUR'],
    ['a price specification', input([{ offers: { priceSpecification: { price: '9', priceCurrency: 'CHF' } } }]), 'CHF'],
    ['a ProductGroup variant', input([{ hasVariant: [{ offers: { priceCurrency: 'SEK' } }] }]), 'SEK'],
    ['the price meta tags', input([], { 'product:price:amount': '9', 'product:price:currency': 'USD' }), 'USD'],
    ['a symbol, not a code', input([{ offers: { priceCurrency: '$' } }]), undefined],
    ['nothing', input([]), undefined],
  ])('reads %s', (_label, structured, expected) => {
    expect(structuredCurrency(structured)).toBe(expected);
  });
});
