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
        hasVariant: [{ sku: 'V1', gtin13: '1', offers: { price: 3, priceCurrency: 'USD' } }],
      }),
    ).toMatchObject({
      sku: 'V1',
      gtin: '1',
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
