// Tests for the Amazon marketplace table: every storefront's currency, prices, byline, stock line and review wording.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount, parsePriceText, resolveCurrency } from '../currency.js';
import { statesNoReviews } from '../no-reviews.js';
import { availabilityFromText, type StockStatus } from '../stock-text.js';
import {
  AMAZON_MARKETPLACES,
  amazonBrandFromByline,
  amazonMarketplaceFor,
  amazonNamesReviewCount,
  isAmazonBrandLabel,
  isAmazonListPriceLabel,
  isAmazonUsedOfferLabel,
} from './amazon-locales.js';

const amazonStockStatus = (text: string) => availabilityFromText(text)?.status;

/** The marketplaces issue 14 names. */
const ISSUE_14 = [
  ...['com', 'co.uk', 'ca', 'com.au', 'de', 'fr', 'it', 'es', 'nl', 'se'],
  ...['pl', 'com.tr', 'co.jp', 'in', 'com.mx', 'com.br', 'sa', 'ae', 'sg'],
];

type Row = [
  tld: string,
  byline: string,
  brand: string,
  price: string,
  amount: number,
  stock: string,
  status: StockStatus,
  reviews: string,
  count: number,
];

/** One row per storefront, in its own wording: a byline, a buy-box price, a stock line and a review count. */
const ROWS: Row[] = [
  [
    'com',
    'Visit the Anker Store',
    'Anker',
    '$1,299.99',
    1299.99,
    'Only 3 left in stock - order soon.',
    'InStock',
    '1,234 ratings',
    1234,
  ],
  ['co.uk', 'Brand: Anker', 'Anker', '£12.99', 12.99, 'Temporarily out of stock.', 'OutOfStock', '1,234 ratings', 1234],
  ['ca', 'Visit the LinTimes Store', 'LinTimes', 'CDN$ 5.77', 5.77, 'In Stock.', 'InStock', '8 customer reviews', 8],
  ['com.au', 'Brand: Anker', 'Anker', '$149.95', 149.95, 'Currently unavailable.', 'OutOfStock', '87 ratings', 87],
  [
    'de',
    'Besuchen Sie den WELEDA-Store',
    'WELEDA',
    '1.299,00 €',
    1299,
    'Nur noch 3 auf Lager',
    'InStock',
    '1.234 Sternebewertungen',
    1234,
  ],
  [
    'fr',
    'Marque\u00a0: PetSafe',
    'PetSafe',
    '1\u202f299,00\u00a0€',
    1299,
    'Actuellement indisponible.',
    'OutOfStock',
    '1\u202f234 évaluations',
    1234,
  ],
  [
    'it',
    'Visita lo Store di Cecotec',
    'Cecotec',
    '149,90 €',
    149.9,
    'Disponibilità immediata.',
    'InStock',
    '1.234 valutazioni',
    1234,
  ],
  [
    'es',
    'Visita la tienda de Cecotec',
    'Cecotec',
    '59,90 €',
    59.9,
    'No disponible.',
    'OutOfStock',
    '2.345 valoraciones',
    2345,
  ],
  [
    'nl',
    'Bezoek de Philips-winkel',
    'Philips',
    '€ 89,99',
    89.99,
    'Nog maar 2 op voorraad',
    'InStock',
    '234 beoordelingen',
    234,
  ],
  ['se', 'Besök Philips-butiken', 'Philips', '1\u00a0234,56\u00a0kr', 1234.56, 'I lager', 'InStock', '123 betyg', 123],
  [
    'pl',
    'Odwiedź sklep Philips',
    'Philips',
    '1\u00a0234,56\u00a0zł',
    1234.56,
    'Obecnie niedostępny.',
    'OutOfStock',
    '1\u00a0234 ocen',
    1234,
  ],
  [
    'com.tr',
    'Xiaomi Mağazasını ziyaret edin',
    'Xiaomi',
    '1.234,50 TL',
    1234.5,
    'Stokta sadece 2 adet kaldı.',
    'InStock',
    '1.234 değerlendirme',
    1234,
  ],
  ['co.jp', 'Ankerのストアを表示', 'Anker', '￥2,990', 2990, '現在在庫切れです。', 'OutOfStock', '1,234個の評価', 1234],
  ['in', 'Visit the boAt Store', 'boAt', '₹1,24,990.00', 124990, 'In stock', 'InStock', '12,345 ratings', 12345],
  ['com.mx', 'Marca: Cecotec', 'Cecotec', '$1,299.00', 1299, 'Disponible.', 'InStock', '45 calificaciones', 45],
  [
    'com.br',
    'Visite a loja da Multilaser',
    'Multilaser',
    'R$ 1.234,56',
    1234.56,
    'Em estoque',
    'InStock',
    '1.234 avaliações de clientes',
    1234,
  ],
  [
    'sa',
    'العلامة التجارية: Samsung',
    'Samsung',
    '\u200f1,299.00 ر.س.\u200f',
    1299,
    'غير متوفر حاليًا.',
    'OutOfStock',
    '1,234 تقييمات',
    1234,
  ],
  [
    'ae',
    'Visit the Anker Store',
    'Anker',
    'AED 79.00',
    79,
    'Usually ships within 4 to 5 days.',
    'InStock',
    '56 ratings',
    56,
  ],
  ['sg', 'Visit the Anker Store', 'Anker', 'S$12.90', 12.9, 'Available to pre-order.', 'PreOrder', '9 ratings', 9],
];

describe('AMAZON_MARKETPLACES', () => {
  it('has one row per storefront, every marketplace of issue 14 among them', () => {
    const tlds = AMAZON_MARKETPLACES.map((m) => m.tld);
    expect(new Set(tlds).size).toBe(tlds.length);
    for (const tld of ISSUE_14) expect(tlds).toContain(tld);
    expect(ROWS.map((r) => r[0]).sort()).toEqual([...ISSUE_14].sort());
  });

  it('keeps its data consistent: ISO codes, Intl locales, lower-case phrases, each phrase read as its own status', () => {
    for (const m of AMAZON_MARKETPLACES) {
      expect(m.currency).toMatch(/^[A-Z]{3}$/);
      const format = new Intl.NumberFormat(m.locale, { style: 'currency', currency: m.currency });
      expect({ tld: m.tld, digits: format.resolvedOptions().maximumFractionDigits }).toEqual({
        tld: m.tld,
        digits: m.fractionDigits,
      });
      const decimal = new Intl.NumberFormat(m.locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
      expect({ tld: m.tld, decimal: decimal === '٫' ? '.' : decimal }).toEqual({ tld: m.tld, decimal: m.decimal });
      expect(m.wording.length).toBeGreaterThan(0);
      for (const w of m.wording) {
        for (const phrase of [...w.usedLabels, ...w.reviewWords]) {
          expect(phrase).toBe(phrase.toLowerCase().trim());
        }
        for (const [prefix, suffix] of w.storeLinks) expect(prefix.length + suffix.length).toBeGreaterThan(0);
      }
    }
  });
});

describe.each(ROWS)('amazon.%s', (tld, byline, brand, price, amount, stock, status, reviews, count) => {
  const url = `https://www.amazon.${tld}/dp/B000000001`;
  const market = amazonMarketplaceFor(url);

  it('is found from its URL', () => {
    expect(market?.tld).toBe(tld);
    expect(amazonMarketplaceFor(url.replace('www.', 'smile.'))?.tld).toBe(tld);
  });

  it(`reads the byline "${byline}"`, () => {
    expect(amazonBrandFromByline(byline, market)).toBe(brand);
    // The page's language may differ from the storefront's: every language's phrasing is known.
    expect(amazonBrandFromByline(byline)).toBe(brand);
  });

  it(`reads the price "${price}" in the storefront's currency`, () => {
    const parsed = parsePriceText(price);
    expect(parsed?.amount).toBe(amount);
    expect(resolveCurrency(parsed?.symbol, url, market?.locale.toLowerCase()) ?? market?.currency).toBe(
      market?.currency,
    );
  });

  it(`reads the stock line "${stock}"`, () => {
    expect(amazonStockStatus(stock)).toBe(status);
  });

  it(`reads the review count "${reviews}"`, () => {
    expect(amazonNamesReviewCount(reviews, market)).toBe(true);
    expect(parseAmount(reviews)).toBe(count);
  });

  it('reads back every price Intl formats in its locale', () => {
    const m = market!;
    const format = new Intl.NumberFormat(m.locale, { style: 'currency', currency: m.currency });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (units) => {
        const value = units / 10 ** m.fractionDigits;
        const text = format.format(value);
        const parsed = parsePriceText(text);
        expect({ text, amount: parsed?.amount }).toEqual({ text, amount: value });
        expect(resolveCurrency(parsed?.symbol, url, m.locale.toLowerCase()) ?? m.currency).toBe(m.currency);
      }),
      { numRuns: 100, seed: 14 },
    );
  });
});

describe('amazonMarketplaceFor', () => {
  it.each([
    ['https://www.amazon.com.au/dp/B0', 'com.au'],
    ['https://amazon.co.uk/gp/product/B0', 'co.uk'],
    ['https://www.amazon.com.be/dp/B0', 'com.be'],
    ['https://www.amazonaws.com/x', undefined],
    ['https://www.notamazon.de/dp/B0', undefined],
    ['https://www.amazon.com.evil.example/dp/B0', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, tld) => {
    expect(amazonMarketplaceFor(url)?.tld).toBe(tld);
  });
});

describe('amazonBrandFromByline', () => {
  it.each([
    ['Besuche den Think!-Store', 'Think!'],
    ['Visiter la boutique HP', 'HP'],
    ['Visitez la boutique HP', 'HP'],
    ['Marke: Lenovo', 'Lenovo'],
    ['Marque : Lenovo', 'Lenovo'],
    ['ブランド：Anker', 'Anker'],
    ['ブランド: UGREEN のストアを表示', 'UGREEN'],
    ['VISIT THE ACME STORE', 'ACME'],
    ['  Visit   the\u00a0Acme   Store ', 'Acme'],
    ['uxcell', 'uxcell'],
    // A brand that merely starts like a phrasing is kept whole.
    ['Brandt', 'Brandt'],
    ['Marken Outlet', 'Marken Outlet'],
    ['The Container Store', 'The Container Store'],
    ['Visit the Store', 'Visit the Store'],
    ['', undefined],
    ['x'.repeat(301), undefined],
  ])('%j → %j', (byline, brand) => {
    expect(amazonBrandFromByline(byline)).toBe(brand);
  });
});

describe('Amazon stock lines (shared stock wording)', () => {
  it.each([
    ['In stock on June 5, 2026. Order it now.', 'InStock'],
    ['Temporarily out of stock. Order now and we’ll deliver when available.', 'OutOfStock'],
    ['Vorübergehend nicht auf Lager.', 'OutOfStock'],
    ['Gewöhnlich versandfertig in 1 bis 2 Monaten.', 'InStock'],
    ['Dieser Artikel erscheint am 28. März 2026.', 'PreOrder'],
    ['Temporairement en rupture de stock.', 'OutOfStock'],
    ['Il ne reste plus que 4 exemplaire(s) en stock.', 'InStock'],
    ['Attualmente non disponibile.', 'OutOfStock'],
    ['Solo 3 disponibili - ordina subito.', 'InStock'],
    ['Temporalmente sin stock.', 'OutOfStock'],
    ['Momenteel niet verkrijgbaar.', 'OutOfStock'],
    ['För närvarande inte tillgänglig.', 'OutOfStock'],
    ['Şu anda mevcut değil.', 'OutOfStock'],
    ['残り1点 ご注文はお早めに', 'InStock'],
    ['通常6～10日以内に発送します。', 'InStock'],
    ['Não disponível.', 'OutOfStock'],
    ['Apenas 3 em estoque', 'InStock'],
    ['متوفر', 'InStock'],
    ['This item will be released on March 5, 2026.', 'PreOrder'],
    ['Ships from and sold by Amazon.', undefined],
    ['', undefined],
  ])('%j → %s', (line, status) => {
    expect(amazonStockStatus(line)).toBe(status);
  });

  it('reads only the start of a long text, in linear time', () => {
    expect(amazonStockStatus(`${'a '.repeat(400)}out of stock`)).toBeUndefined();
    expect(amazonStockStatus(`in stock ${'x'.repeat(100_000)}`)).toBe('InStock');
  });
});

describe('labels', () => {
  it.each([
    ['List Price:', true],
    ['UVP:', true],
    ['Prix conseillé :', true],
    ['Precio recomendado:', true],
    ['M.R.P.:', true],
    ['参考価格:', true],
    ['Price:', false],
    ['Preis:', false],
    ['Kindle-Preis:', false],
    ['', false],
  ])('isAmazonListPriceLabel(%j) = %s', (label, is) => {
    expect(isAmazonListPriceLabel(label)).toBe(is);
  });

  it.each([
    ['Buy Used', true],
    ['Gebraucht kaufen', true],
    ["Acheter d'occasion", true],
    ['Buy New', false],
    ['Neu kaufen', false],
  ])('isAmazonUsedOfferLabel(%j) = %s', (label, is) => {
    expect(isAmazonUsedOfferLabel(label)).toBe(is);
  });

  it.each([
    ['Brand', true],
    ['Marke', true],
    ['Varumärke :', true],
    ['Manufacturer', false],
  ])('isAmazonBrandLabel(%j) = %s', (label, is) => {
    expect(isAmazonBrandLabel(label)).toBe(is);
  });

  it.each([
    ['Be the first to review this item', true],
    ['Keine Kundenrezensionen', true],
    ["Il n'y a pour l'instant aucun commentaire client", true],
    ['Brak recenzji', true],
    ['1,234 ratings', false],
  ])('statesNoReviews(%j) = %s', (text, none) => {
    expect(statesNoReviews(text)).toBe(none);
  });

  it('tells a review count from a star average', () => {
    expect(amazonNamesReviewCount('4.5 out of 5 stars')).toBe(false);
    expect(amazonNamesReviewCount('1,234 global ratings')).toBe(true);
  });
});
