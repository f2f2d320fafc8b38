// Tests for extractListing: marketplace detection, ids from URLs, adapters, typed input errors, stepped runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RevloopError } from '../engine/errors.js';
import { parseHtmlDocument } from '../html/index.js';
import { asinFromUrl } from './adapters/amazon.js';
import { itemIdFromUrl } from './adapters/walmart.js';
import { detectMarketplace, extractListing, extractListingInSteps } from './extract-listing.js';
import { ListingSchema } from './listing-schema.js';

const extract = (html: string, url = 'https://shop.example/p') => extractListing(parseHtmlDocument(html), url);

describe('detectMarketplace', () => {
  it.each([
    ['https://www.amazon.com/dp/B0C7TRAIL1', undefined, 'amazon'],
    ['https://www.amazon.co.uk/gp/product/B0C7TRAIL1', undefined, 'amazon'],
    ['https://www.walmart.com/ip/x/123456', undefined, 'walmart'],
    ['https://store.myshopify.com/products/x', undefined, 'shopify'],
    ['https://fernandclay.com/products/mug', '<link href="https://cdn.shopify.com/x.css">', 'shopify'],
    ['https://notamazon.example/dp/B0C7TRAIL1', undefined, 'generic'],
    ['not a url', undefined, 'generic'],
  ])('%s → %s', (url, html, expected) => {
    expect(detectMarketplace(url, html ? parseHtmlDocument(html) : undefined)).toBe(expected);
  });
});

describe('ids from URLs', () => {
  it.each([
    ['https://www.amazon.com/Some-Slug/dp/B09DOGBED7?th=1', 'B09DOGBED7'],
    ['https://www.amazon.com/gp/aw/d/0316769487', '0316769487'],
    ['https://www.amazon.com/dp/KITCHENAID', undefined],
  ])('asinFromUrl(%s) = %s', (url, asin) => {
    expect(asinFromUrl(url)).toBe(asin);
  });
  it('reads the Walmart item id', () => {
    expect(itemIdFromUrl('https://www.walmart.com/ip/Milk/10450114?x=1')).toBe('10450114');
  });
});

describe('extractListing', () => {
  it('flags a captcha page as unreadable rather than empty', () => {
    const listing = extract(
      '<form action="/errors/validateCaptcha"><p>Enter the characters you see below</p></form>',
      'https://www.amazon.com/dp/B0C7TRAIL1',
    );
    expect(listing.warnings[0]).toContain('captcha');
    expect(listing.ids.asin).toBe('B0C7TRAIL1');
  });

  it('drops the "Make sure this fits" bullet and keeps text, not markup', () => {
    const listing = extract(
      '<span id="productTitle">Kettle</span><div id="feature-bullets"><ul><li>Make sure this fits by entering your model number.</li><li>Boils <b>fast</b><script>alert(1)</script></li></ul></div>',
      'https://www.amazon.com/dp/B0C7TRAIL1',
    );
    expect(listing.bullets).toEqual(['Boils fast']);
    expect(listing.extraction.fields['bullets.0']?.selector).toBe(
      '#feature-bullets > ul:nth-child(1) > li:nth-child(2)',
    );
  });

  it('scopes A+ to #aplus_feature_div, not the brand story', () => {
    const listing = extract(
      '<div id="aplusBrandStory_feature_div"><div id="aplus"><div class="aplus-module">story</div></div></div><div id="aplus_feature_div"><div class="aplus-module">a</div><div class="aplus-module">b</div></div>',
      'https://www.amazon.com/dp/B0C7TRAIL1',
    );
    expect([listing.hasAPlus, listing.aPlusModuleCount]).toEqual([true, 2]);
  });

  it('reads microdata and both Open Graph price conventions', () => {
    const listing = extract(
      '<html><head><meta property="product:price:amount" content="1.299,00"><meta property="product:price:currency" content="EUR"></head><body><div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Sofa</h1><div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating"><span itemprop="ratingValue">4.2</span><span itemprop="reviewCount">31</span></div></div></body></html>',
    );
    expect(listing.structuredData.microdata[0]).toMatchObject({ '@type': 'Product', name: 'Sofa' });
    expect([listing.title, listing.rating, listing.reviewCount]).toEqual(['Sofa', 4.2, 31]);
    expect(listing.price).toEqual({ amount: 1299, currency: 'EUR' });
  });

  it.each([
    ['an empty object', {}, 'https://shop.example/p', 'document'],
    ['null', null, 'https://shop.example/p', 'document'],
    ['an HTML string', '<h1>Mug</h1>', 'https://shop.example/p', 'document'],
    ['a Document with a number URL', parseHtmlDocument('<h1>Mug</h1>'), 42, 'url'],
  ])('throws listing/invalid-input for %s', (_name, document, url, field) => {
    const call = () => extractListing(document as Document, url as string);
    expect(call).toThrow(RevloopError);
    expect(call).toThrow(
      expect.objectContaining({ code: 'listing/invalid-input', findings: [expect.objectContaining({ field })] }),
    );
  });

  it('never throws and always returns a valid Listing on random HTML', () => {
    const tag = fc.constantFrom('div', 'span', 'script', 'li', 'ul', 'h1', 'meta', 'img', 'table', 'td', 'p');
    const attr = fc.constantFrom(
      ' id="productTitle"',
      ' id="feature-bullets"',
      ' class="price"',
      ' type="application/ld+json"',
      ' id="__NEXT_DATA__"',
      ' itemscope itemtype="https://schema.org/Product"',
      ' itemprop="price"',
      ' property="og:price:amount" content="1,2"',
      ' data-a-dynamic-image="{&quot;u&quot;:[1,2]}"',
      '',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        '{"@type":"Product","offers":{"price":',
        "'colorImages': { 'initial': [{",
        '$1,299.00',
        '</script>',
        '<!--',
      ),
    );
    const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        text,
        fc
          .tuple(tag, attr, fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
          .map(([t, a, kids, close]) => `<${t}${a}>${kids.join('')}${close ? `</${t}>` : ''}`),
      ),
    })).node as fc.Arbitrary<string>;
    const url = fc.constantFrom(
      'https://www.amazon.com/dp/B0C7TRAIL1',
      'https://www.walmart.com/ip/x/123456',
      'https://shop.example/products/x',
      'garbage',
    );
    fc.assert(
      fc.property(fc.array(node, { maxLength: 8 }), url, (parts, u) => {
        const listing = extract(parts.join(''), u);
        expect(ListingSchema.safeParse(listing).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on truncated real-shaped pages', () => {
    const page = `<html><head><script type="application/ld+json">{"@type":"Product","name":"Mug","offers":{"price":"5","priceCurrency":"USD"}}</script></head><body><span id="productTitle">Mug</span><script>var d={'colorImages': { 'initial': [{"hiRes":"https://m.media-amazon.com/a._SL1500_.jpg","main":{"https://m.media-amazon.com/a.jpg":[500,500]}}]}};</script><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"initialData":{"data":{"product":{"name":"Mug","usItemId":"1","priceInfo":{}}}}}}}</script></body></html>`;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: page.length }),
        fc.constantFrom('https://www.amazon.com/dp/B0C7TRAIL1', 'https://www.walmart.com/ip/1'),
        (cut, u) => {
          const listing = extract(page.slice(0, cut), u);
          expect(ListingSchema.safeParse(listing).success).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('extractListingInSteps', () => {
  const page = `<html lang="en"><head><title>Trail Boot</title><meta name="description" content="Boots">
    <script type="application/ld+json">{"@type":"Product","name":"Trail Boot","offers":{"price":"89.99","priceCurrency":"USD"}}</script></head>
    <body><span id="productTitle">Trail Boot Waterproof</span><div id="feature-bullets"><ul>
    ${Array.from({ length: 40 }, (_, i) => `<li><span class="a-list-item">Bullet ${i} keeps feet dry</span></li>`).join('')}
    </ul></div><h1>Trail Boot</h1></body></html>`;
  const url = 'https://www.amazon.com/dp/B0C7TRAIL1';

  it('gives exactly the synchronous result, yielding between phases and walk slices', async () => {
    let yields = 0;
    const stepped = await extractListingInSteps(parseHtmlDocument(page), url, {
      yieldToMain: () => {
        yields++;
      },
      sliceSize: 10,
    });
    expect(stepped).toEqual(extractListing(parseHtmlDocument(page), url));
    expect(yields).toBeGreaterThan(10);
  });

  it('stops with null once the signal is aborted, and rejects a non-Document like the sync path', async () => {
    const controller = new AbortController();
    const aborted = await extractListingInSteps(parseHtmlDocument(page), url, {
      yieldToMain: () => controller.abort(),
      signal: controller.signal,
    });
    expect(aborted).toBeNull();
    await expect(extractListingInSteps({} as Document, url, { yieldToMain: () => undefined })).rejects.toMatchObject({
      code: 'listing/invalid-input',
    });
  });

  it.each([
    ['no options', undefined, 'options'],
    ['null', null, 'options'],
    ['a string', 'x', 'options'],
    ['a number', 1, 'options'],
    ['no yieldToMain', {}, 'options.yieldToMain'],
    ['a non-function yieldToMain', { yieldToMain: 'soon', sliceSize: 10 }, 'options.yieldToMain'],
    ['an array', [], 'options.yieldToMain'],
  ])('rejects options with %s as listing/invalid-input naming %s', async (_, options, field) => {
    const run = extractListingInSteps(parseHtmlDocument(page), url, options as never);
    await expect(run).rejects.toBeInstanceOf(RevloopError);
    await expect(run).rejects.toMatchObject({ code: 'listing/invalid-input', findings: [{ field }] });
  });
});
