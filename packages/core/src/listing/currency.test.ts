// Tests for currency: locale-formatted amounts and currency codes from symbols, domains and locales.
import { describe, expect, it } from 'vitest';
import { isRevloopError } from '../engine/errors.js';
import { currencyFromDomain, parseAmount, parsePriceText, resolveCurrency } from './currency.js';

describe('currency', () => {
  it.each([
    ['1,299.00', 1299],
    ['1.299,00', 1299],
    ['1 299,50', 1299.5],
    ['$2.42', 2.42],
    ['89,99 €', 89.99],
    ['15900', 15900],
    ['$24.99 - $39.99', 24.99],
    ['Call for price', null],
  ])('parseAmount(%j) = %j', (text, amount) => {
    expect(parseAmount(text)).toBe(amount);
  });

  it.each([
    ['$', 'https://www.amazon.com/dp/B0', null, 'USD'],
    ['$', 'https://www.amazon.ca/dp/B0', null, 'CAD'],
    ['$', 'https://shop.example/p', 'en-au', 'AUD'],
    ['€', 'https://www.amazon.de/dp/B0', null, 'EUR'],
    ['£', 'https://example.co.uk/p', null, 'GBP'],
    ['GBP', 'https://example.com/p', null, 'GBP'],
    [undefined, 'https://example.com/p', null, undefined],
  ])('resolveCurrency(%j, %s, %s) = %s', (symbol, url, locale, code) => {
    expect(resolveCurrency(symbol, url, locale)).toBe(code);
  });

  it('reads the symbol from price text and the currency from a domain', () => {
    expect(parsePriceText('Now $12.97')).toEqual({ amount: 12.97, symbol: '$' });
    expect(currencyFromDomain('https://www.amazon.co.jp/dp/B0')).toBe('JPY');
    expect(currencyFromDomain('not a url')).toBeUndefined();
  });
});

describe('parseAmount input', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 12.5],
    ['an array', ['1,299.00']],
    ['a null-prototype object', Object.create(null)],
    ['an object with toString', { toString: () => '12' }],
  ])('%s is a listing/invalid-input RevloopError naming "text"', (_, value) => {
    let error: unknown;
    try {
      parseAmount(value as never);
    } catch (e) {
      error = e;
    }
    expect(isRevloopError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'listing/invalid-input', findings: [{ field: 'text' }] });
  });
});
