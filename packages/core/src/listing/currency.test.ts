// Tests for currency: locale-formatted amounts and currency codes from symbols, domains and locales.
import fc from 'fast-check';
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
    // thousands separators: no-break and narrow no-break spaces, apostrophes, and a lone group of three
    ['1\u00a0234,56\u00a0zł', 1234.56],
    ['1\u202f299,00\u00a0€', 1299],
    ["CHF 1'234.50", 1234.5],
    ['CHF 1’234.50', 1234.5],
    ['€1.299', 1299],
    ['￥1,980', 1980],
    ['1,5', 1.5],
    ['12.345,6', 12345.6],
    // Indian grouping and Arabic-Indic digits
    ['₹1,23,456.00', 123456],
    ['₹12,34,567', 1234567],
    ['\u200f١٬٢٣٤٫٥٠ ر.س.\u200f', 1234.5],
    ['۱۲۳', 123],
    // a space groups only three digits before any decimal mark: separate numbers stay apart
    ['12.99 100 ml', 12.99],
    ['EUR 8,99 (EUR 23,05 / kg)', 8.99],
    ['5 new from $3.10', 5],
    ['Price: 12 345 678,90 kr', 12345678.9],
  ])('parseAmount(%j) = %j', (text, amount) => {
    expect(parseAmount(text)).toBe(amount);
  });

  it.each([
    ['$', 'https://www.amazon.com/dp/B0', null, 'USD'],
    ['$', 'https://www.amazon.ca/dp/B0', null, 'CAD'],
    ['$', 'https://www.amazon.com.mx/dp/B0', null, 'MXN'],
    ['$', 'https://www.amazon.com.au/dp/B0', null, 'AUD'],
    ['$', 'https://www.amazon.sg/dp/B0', null, 'SGD'],
    ['$', 'https://shop.example/p', 'en-au', 'AUD'],
    ['CDN$', 'https://www.amazon.ca/dp/B0', null, 'CAD'],
    ['CDN', 'https://example.com/p', null, 'CAD'],
    ['A$', 'https://example.com/p', null, 'AUD'],
    ['MX$', 'https://example.com/p', null, 'MXN'],
    ['R$', 'https://www.amazon.com.br/dp/B0', null, 'BRL'],
    ['S$', 'https://example.com/p', null, 'SGD'],
    ['₹', 'https://www.amazon.in/dp/B0', null, 'INR'],
    ['Rs.', 'https://www.amazon.in/dp/B0', null, 'INR'],
    ['TL', 'https://www.amazon.com.tr/dp/B0', null, 'TRY'],
    ['₺', 'https://www.amazon.com.tr/dp/B0', null, 'TRY'],
    ['¥', 'https://www.amazon.co.jp/dp/B0', null, 'JPY'],
    ['￥', 'https://www.amazon.co.jp/dp/B0', null, 'JPY'],
    ['¥', 'https://www.amazon.cn/dp/B0', null, 'CNY'],
    ['ر.س', 'https://www.amazon.sa/dp/B0', null, 'SAR'],
    ['د.إ', 'https://www.amazon.ae/dp/B0', null, 'AED'],
    ['zł', 'https://www.amazon.pl/dp/B0', null, 'PLN'],
    ['kr', 'https://www.amazon.se/dp/B0', null, 'SEK'],
    ['kr', 'https://shop.example.dk/p', null, 'DKK'],
    ['kr', 'https://shop.example/p', 'nb-no', 'NOK'],
    ['€', 'https://www.amazon.de/dp/B0', null, 'EUR'],
    ['£', 'https://example.co.uk/p', null, 'GBP'],
    ['GBP', 'https://example.com/p', null, 'GBP'],
    ['SAR', 'https://www.amazon.sa/dp/B0', null, 'SAR'],
    ['NEW', 'https://example.com/p', null, undefined],
    [undefined, 'https://example.com/p', null, undefined],
  ])('resolveCurrency(%j, %s, %s) = %s', (symbol, url, locale, code) => {
    expect(resolveCurrency(symbol, url, locale)).toBe(code);
  });

  it.each([
    ['Now $12.97', { amount: 12.97, symbol: '$' }],
    ['CDN$ 5.77', { amount: 5.77, symbol: 'CDN$' }],
    ['EUR 10,99', { amount: 10.99, symbol: 'EUR' }],
    ['R$ 1.234,56', { amount: 1234.56, symbol: 'R$' }],
    ['1.234,50 TL', { amount: 1234.5, symbol: 'TL' }],
    ['Rs. 1,299', { amount: 1299, symbol: 'Rs.' }],
    ['1 234,56 kr', { amount: 1234.56, symbol: 'kr' }],
    ['NEW 12.99', { amount: 12.99 }],
    ['12.99', { amount: 12.99 }],
  ])('parsePriceText(%j) = %j', (text, parsed) => {
    expect(parsePriceText(text)).toEqual(parsed);
  });

  it.each([
    ['https://www.amazon.co.jp/dp/B0', 'JPY'],
    ['https://www.amazon.com.tr/dp/B0', 'TRY'],
    ['https://www.amazon.sa/dp/B0', 'SAR'],
    ['https://www.amazon.ae/dp/B0', 'AED'],
    ['https://www.amazon.com.be/dp/B0', 'EUR'],
    ['https://www.amazon.com/dp/B0', undefined],
    ['not a url', undefined],
  ])('currencyFromDomain(%s) = %s', (url, code) => {
    expect(currencyFromDomain(url)).toBe(code);
  });

  /** Storefront locales and currencies, as Intl formats them (Arabic-Indic digits for ar-SA and ar-EG). */
  const LOCALES: [locale: string, currency: string, url: string][] = [
    ['en-US', 'USD', 'https://www.amazon.com/'],
    ['en-US', 'CAD', 'https://www.amazon.com/'],
    ['en-GB', 'GBP', 'https://www.amazon.co.uk/'],
    ['en-CA', 'CAD', 'https://www.amazon.ca/'],
    ['fr-CA', 'CAD', 'https://www.amazon.ca/'],
    ['en-AU', 'AUD', 'https://www.amazon.com.au/'],
    ['de-DE', 'EUR', 'https://www.amazon.de/'],
    ['fr-FR', 'EUR', 'https://www.amazon.fr/'],
    ['it-IT', 'EUR', 'https://www.amazon.it/'],
    ['es-ES', 'EUR', 'https://www.amazon.es/'],
    ['nl-NL', 'EUR', 'https://www.amazon.nl/'],
    ['sv-SE', 'SEK', 'https://www.amazon.se/'],
    ['pl-PL', 'PLN', 'https://www.amazon.pl/'],
    ['tr-TR', 'TRY', 'https://www.amazon.com.tr/'],
    ['ja-JP', 'JPY', 'https://www.amazon.co.jp/'],
    ['en-IN', 'INR', 'https://www.amazon.in/'],
    ['hi-IN', 'INR', 'https://www.amazon.in/'],
    ['es-MX', 'MXN', 'https://www.amazon.com.mx/'],
    ['pt-BR', 'BRL', 'https://www.amazon.com.br/'],
    ['ar-SA', 'SAR', 'https://www.amazon.sa/'],
    ['en-AE', 'AED', 'https://www.amazon.ae/'],
    ['ar-AE', 'AED', 'https://www.amazon.ae/'],
    ['en-SG', 'SGD', 'https://www.amazon.sg/'],
    ['ar-EG', 'EGP', 'https://www.amazon.eg/'],
    ['de-CH', 'CHF', 'https://www.example.ch/'],
  ];

  it('reads back every amount Intl formats for each storefront locale, with its currency', () => {
    const formats = LOCALES.map(([locale, currency, url]) => {
      const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
      const digits = money.resolvedOptions().maximumFractionDigits ?? 2;
      const plain = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      return { locale, currency, url, money, plain, scale: 10 ** digits };
    });
    fc.assert(
      fc.property(fc.constantFrom(...formats), fc.integer({ min: 0, max: 2_000_000_000 }), (f, units) => {
        const amount = units / f.scale;
        const text = f.money.format(amount);
        const parsed = parsePriceText(text);
        expect({ text, amount: parsed?.amount }).toEqual({ text, amount });
        expect({ text, currency: resolveCurrency(parsed?.symbol, f.url, f.locale.toLowerCase()) }).toEqual({
          text,
          currency: f.currency,
        });
        expect({ text, plain: parseAmount(f.plain.format(amount)) }).toEqual({ text, plain: amount });
      }),
      { numRuns: 2_000, seed: 14 },
    );
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

  it('reads page-sized digit runs without giving a non-finite amount', () => {
    expect(parseAmount('9'.repeat(400))).toBeNull();
    expect(parseAmount(`${'1,'.repeat(50_000)}5`)).toBeNull();
    expect(parseAmount(`${' 1'.repeat(50_000)}`)).toBe(1);
  });
});
