// Tests for structured data: JSON-LD nodes and breadcrumbs, offers, availability names, microdata, Open Graph.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../html/index.js';
import { PageIndex } from '../page-index.js';
import { readJsonLd } from './json-ld.js';
import { readMicrodata } from './microdata.js';
import { openGraphPrice, readOpenGraph } from './open-graph.js';
import { availabilityName, productFacts } from './product-node.js';

const index = (html: string) => new PageIndex(parseHtmlDocument(html));

describe('structured data', () => {
  it('reads Product nodes from @graph and mainEntity, richest first, and breadcrumbs', () => {
    const result = readJsonLd(
      index(`<script type="application/ld+json">{"@graph":[{"@type":"BreadcrumbList","itemListElement":[{"position":2,"name":"B"},{"position":1,"name":"A"}]},{"@type":"Product","name":"thin"}]}</script>
<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":["Product","Thing"],"name":"rich","sku":"S","offers":{"price":1}}}</script>
<script type="application/ld+json">{broken</script>`),
    );
    expect(result.products.map((p) => p.name)).toEqual(['rich', 'thin']);
    expect(result.breadcrumbs).toEqual(['A', 'B']);
    expect(result.warnings).toEqual([expect.stringContaining('JSON-LD script 3 is not valid JSON')]);
  });

  it('reads offers, AggregateOffer lowPrice, priceSpecification and variants', () => {
    expect(
      productFacts({
        offers: [{ price: '1,299.00', priceCurrency: 'USD', availability: 'https://schema.org/InStock' }],
      }),
    ).toMatchObject({
      price: { amount: 1299, currency: 'USD' },
      availability: 'InStock',
    });
    expect(productFacts({ offers: { '@type': 'AggregateOffer', lowPrice: 20, priceCurrency: 'EUR' } }).price).toEqual({
      amount: 20,
      currency: 'EUR',
    });
    expect(productFacts({ offers: { priceSpecification: { price: 5, priceCurrency: 'GBP' } } }).price).toEqual({
      amount: 5,
      currency: 'GBP',
    });
    expect(
      productFacts({
        '@type': 'ProductGroup',
        hasVariant: [{ sku: 'V1', gtin13: '4006381333931', offers: { price: 3, priceCurrency: 'USD' } }],
      }),
    ).toMatchObject({
      sku: 'V1',
      gtin: '4006381333931',
      price: { amount: 3 },
    });
  });

  it.each([
    ['https://schema.org/OutOfStock', 'OutOfStock'],
    ['in stock', 'InStock'],
    ['oos', 'OutOfStock'],
    ['IN_STOCK', 'InStock'],
    [undefined, undefined],
  ])('availabilityName(%j) = %j', (value, name) => expect(availabilityName(value)).toBe(name));

  it('reads nested microdata scopes', () => {
    const [product] = readMicrodata(
      index(`<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Mug</span>
<div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="12.50"><meta itemprop="priceCurrency" content="USD"></div>
<div itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">Acme</span></div></div>`),
    );
    expect(product).toEqual({
      '@type': 'Product',
      name: 'Mug',
      offers: { '@type': 'Offer', price: '12.50', priceCurrency: 'USD' },
      brand: { '@type': 'Brand', name: 'Acme' },
    });
    expect(productFacts(product ?? {})).toMatchObject({
      title: 'Mug',
      brand: 'Acme',
      price: { amount: 12.5, currency: 'USD' },
    });
  });

  it('reads both Open Graph price conventions', () => {
    const og = readOpenGraph(
      index(
        '<meta property="og:price:amount" content="1,299.00"><meta property="og:price:currency" content="USD"><meta property="og:type" content="product">',
      ),
    );
    expect(openGraphPrice(og)).toEqual({ amount: '1,299.00', currency: 'USD', key: 'og:price:amount' });
    expect(openGraphPrice({ 'product:price:amount': '5', 'product:price:currency': 'EUR' })).toEqual({
      amount: '5',
      currency: 'EUR',
      key: 'product:price:amount',
    });
  });
});

describe('structured data read the way a browser reads it', () => {
  it.each([
    [
      'price on the Product, no Offer',
      { name: 'A', price: '12.50', priceCurrency: 'EUR' },
      { amount: 12.5, currency: 'EUR' },
    ],
    [
      'machine number with long decimals',
      { offers: { price: '69.990000000000', priceCurrency: 'USD' } },
      { amount: 69.99, currency: 'USD' },
    ],
    [
      'AggregateOffer lowPrice',
      { offers: { '@type': 'AggregateOffer', lowPrice: 19, highPrice: 29, priceCurrency: 'GBP' } },
      { amount: 19, currency: 'GBP' },
    ],
    [
      'microdata price given twice',
      { offers: { price: ['24.95', '$24.95'], priceCurrency: 'USD' } },
      { amount: 24.95, currency: 'USD' },
    ],
    [
      'list price specification skipped',
      {
        offers: {
          priceSpecification: [
            {
              '@type': 'UnitPriceSpecification',
              priceType: 'https://schema.org/ListPrice',
              price: 99,
              priceCurrency: 'USD',
            },
            { '@type': 'UnitPriceSpecification', price: 79, priceCurrency: 'USD' },
          ],
        },
      },
      { amount: 79, currency: 'USD' },
    ],
  ])('%s', (_label, node, price) => {
    expect(productFacts(node as Record<string, unknown>).price).toEqual(price);
  });

  it('decodes entities in JSON-LD names and brands (script text is not decoded by the parser)', () => {
    expect(productFacts({ name: 'Tee &amp; Shorts', brand: { name: 'H&amp;M' } })).toMatchObject({
      title: 'Tee & Shorts',
      brand: 'H&M',
    });
  });

  it('reads React-style camelCase microdata attributes and lower-case property names', () => {
    const [node] = readMicrodata(
      index(
        '<div itemScope itemType="https://schema.org/Product"><h1 itemProp="name">Lamp</h1><div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="45.72"><meta itemprop="pricecurrency" content="USD"></div></div>',
      ),
    );
    expect(productFacts(node ?? {})).toMatchObject({ title: 'Lamp', price: { amount: 45.72, currency: 'USD' } });
  });

  it('pairs product:price:amount with og:price:currency, and prefers a sale price', () => {
    expect(openGraphPrice({ 'product:price:amount': '19.90', 'og:price:currency': 'EUR' })).toEqual({
      amount: '19.90',
      currency: 'EUR',
      key: 'product:price:amount',
    });
    expect(
      openGraphPrice({
        'product:price:amount': '30',
        'product:sale_price:amount': '24',
        'product:price:currency': 'USD',
      }),
    ).toEqual({ amount: '24', currency: 'USD', key: 'product:sale_price:amount' });
  });
});

describe('placeholders in structured data', () => {
  it.each([
    [{ gtin: 'n/a' }, undefined],
    [{ gtin13: '0000000000000' }, undefined],
    [{ gtin13: '123' }, undefined],
    [{ gtin: 'none', gtin13: '4006381333931' }, '4006381333931'],
  ])('gtin of %j is %s', (node, gtin) => {
    expect(productFacts(node as Record<string, unknown>).gtin).toBe(gtin);
  });
  it('reads "0" stars from 0 reviews as no rating, and keeps a real 0-review count', () => {
    const none = productFacts({ aggregateRating: { ratingValue: '0', reviewCount: '0' } });
    expect({ rating: none.rating, reviewCount: none.reviewCount }).toEqual({ rating: undefined, reviewCount: 0 });
    expect(productFacts({ aggregateRating: { ratingValue: '4.5', reviewCount: '12' } })).toMatchObject({
      rating: 4.5,
      reviewCount: 12,
    });
  });
});
