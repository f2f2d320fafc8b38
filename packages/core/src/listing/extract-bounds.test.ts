// Extraction stays bounded: hostile 100 kB fields give capped, correct text; huge lists and descriptions are cut and counted.
import { describe, expect, it } from 'vitest';
import { adversarialPages, adversarialTexts, browserLikeDocument } from '../../bench/adversarial-pages.js';
import { parseHtmlDocument } from '../html/index.js';
import { extractListing } from './extract-listing.js';
import { ListingSchema } from './listing-schema.js';
import { LISTING_LIMITS } from './listing-types.js';

const extract = (html: string, url = 'https://shop.example/p') => extractListing(parseHtmlDocument(html), url);

describe('hostile 100 kB text in every field extraction reads', () => {
  const texts = adversarialTexts();
  const cases = Object.entries(texts).flatMap(([pattern, text]) =>
    Object.entries(adversarialPages(text)).map(([field, page]) => [`${field} × ${pattern}`, page] as const),
  );

  // No timing here (see bench/listing-adversarial.bench.ts): these would time out on the old regexes.
  it.each(cases)('%s: a valid listing within the limits', (_name, { html, url }) => {
    // Deep DOM pages are refused by parseHtmlDocument (html/too-deep) but a browser builds them: extract those too.
    const listing = extractListing(browserLikeDocument(html), url);
    expect(ListingSchema.safeParse(listing).success).toBe(true);
    expect(listing.description?.length ?? 0).toBeLessThanOrEqual(LISTING_LIMITS.descriptionChars);
    expect(listing.title?.length ?? 0).toBeLessThanOrEqual(LISTING_LIMITS.titleChars);
    expect(listing.bullets.length).toBeLessThanOrEqual(LISTING_LIMITS.bullets);
    expect(listing.availability?.length ?? 0).toBeLessThanOrEqual(LISTING_LIMITS.shortChars);
    // The 100 kB field is stored once (capped), not as raw HTML plus text.
    expect(JSON.stringify(listing).length).toBeLessThan(60_000);
  });

  it('extracts the text of each hostile description, capped and counted', () => {
    const lt = texts['"<" run']!;
    for (const field of ['JSON-LD description', 'Shopify product JSON body_html', 'Walmart long description']) {
      const { html, url } = adversarialPages(lt)[field]!;
      const listing = extractListing(parseHtmlDocument(html), url);
      expect({ field, description: listing.description }).toEqual({ field, description: '<'.repeat(20_000) });
      expect(listing.truncated?.description).toBe(80_000);
    }
    const nested = adversarialPages(texts['deeply nested tags']!);
    for (const field of ['JSON-LD description', 'Shopify product JSON body_html', 'Walmart long description']) {
      const { html, url } = nested[field]!;
      expect({ field, description: extractListing(parseHtmlDocument(html), url).description }).toEqual({
        field,
        description: 'deep',
      });
    }
    const { html, url } = adversarialPages(texts['"‹" run']!)['JSON-LD name']!;
    const named = extractListing(parseHtmlDocument(html), url);
    expect(named.title).toBe('‹'.repeat(LISTING_LIMITS.titleChars));
    expect(named.truncated).toMatchObject({ title: 100_000 - LISTING_LIMITS.titleChars, brand: 100_000 - 500 });
  });

  it('does not take a run of separators for an availability name', () => {
    const { html, url } = adversarialPages(texts['"-" run (availability-style names)']!)['JSON-LD description']!;
    expect(extractListing(parseHtmlDocument(html), url).availability).toBeNull();
    expect(
      extract(
        '<script type="application/ld+json">{"@type":"Product","name":"M","offers":{"price":1,"availability":"in_stock"}}</script>',
      ).availability,
    ).toBe('InStock');
  });
});

describe('extraction limits (what real marketplaces never reach)', () => {
  it('keeps 100 of 20,000 bullets, with selectors for the kept ones only, and counts the rest', () => {
    const lis = Array.from({ length: 20_000 }, (_, i) => `<li>Feature ${i}</li>`).join('');
    const listing = extract(`<h1>Mug</h1><div class="product-features"><ul>${lis}</ul></div>`);
    expect(listing.bullets).toHaveLength(100);
    expect(listing.bullets[99]).toBe('Feature 99');
    expect(listing.truncated).toEqual({ bullets: 19_900 });
    expect(listing.extraction.fields['bullets.99']).toBeDefined();
    expect(listing.extraction.fields['bullets.100']).toBeUndefined();
  });

  it('keeps 100 Walmart key features from a 20,000-item longDescription', () => {
    const longDescription = `<ul>${'<li>Key feature</li>'.repeat(20_000)}</ul>`;
    const data = { product: { name: 'Mug', usItemId: '1', priceInfo: {}, imageInfo: {} }, idml: { longDescription } };
    const listing = extract(
      `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { initialData: { data } } } })}</script>`,
      'https://www.walmart.com/ip/mug/123456',
    );
    expect(listing.bullets).toHaveLength(100);
    // The scanner reads the first 200,000 characters of the field: 10,000 items of 20 characters.
    expect(listing.truncated?.bullets).toBe(200_000 / 20 - 100);
  });

  it('stores a 1 MB description once: 20,000 characters in the listing, a 1,000-character prefix in structured data', () => {
    const description = `<p>${'A long and honest sentence about the mug. '.repeat(25_000)}</p>`;
    const html = `<script type="application/ld+json">${JSON.stringify({ '@type': 'Product', name: 'Mug', description })}</script>`;
    const listing = extract(html);
    expect(listing.description?.length).toBeLessThanOrEqual(LISTING_LIMITS.descriptionChars);
    expect(listing.description?.length).toBeGreaterThan(LISTING_LIMITS.descriptionChars - 2);
    expect(listing.truncated?.description).toBeGreaterThan(75_000);
    expect(String(listing.structuredData.jsonLd[0]?.description)).toHaveLength(LISTING_LIMITS.structuredDataChars);
    expect(JSON.stringify(listing).length).toBeLessThan(30_000);
  });

  it('caps images, variants and warnings, and counts what was dropped', () => {
    const node = {
      '@type': 'ProductGroup',
      name: 'Mug',
      image: Array.from({ length: 5_000 }, (_, i) => `https://cdn.example/${i}.jpg`),
      hasVariant: Array.from({ length: 20_000 }, (_, i) => ({ '@type': 'Product', sku: `S${i}` })),
    };
    const broken = '<script type="application/ld+json">{broken</script>'.repeat(80);
    const listing = extract(`<script type="application/ld+json">${JSON.stringify(node)}</script>${broken}`);
    expect(listing.images).toHaveLength(LISTING_LIMITS.images);
    expect(listing.structuredData.jsonLd[0]?.hasVariant).toHaveLength(LISTING_LIMITS.structuredDataArrayItems);
    expect(listing.warnings).toHaveLength(LISTING_LIMITS.warnings);
    expect(listing.truncated).toEqual({ images: 4_800, variants: 19_900, structuredData: 4_900, warnings: 30 });
    expect(ListingSchema.safeParse(listing).success).toBe(true);
  });

  it('leaves ordinary listings untouched (no truncated field)', () => {
    const listing = extract('<h1>Mug</h1><div class="product-features"><ul><li>a</li><li>b</li></ul></div>');
    expect(listing.bullets).toEqual(['a', 'b']);
    expect(listing).not.toHaveProperty('truncated');
  });

  it('reads microdata under deep nesting in one walk, nested scopes kept apart', () => {
    const deep = `${'<div>'.repeat(1_500)}<span itemprop="description">deep text</span>${'</div>'.repeat(1_500)}`;
    const [product] = extract(
      `<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Mug</span>${deep}<div itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">Acme</span></div></div>`,
    ).structuredData.microdata;
    expect(product).toEqual({
      '@type': 'Product',
      name: 'Mug',
      description: 'deep text',
      brand: { '@type': 'Brand', name: 'Acme' },
    });
  });

  it('reads at most MICRODATA_MAX_PROPS properties of a scope of 3,000 nested ones (each a textContent)', () => {
    const nested = `${'<span itemprop="keywords">k'.repeat(3_000)}${'</span>'.repeat(3_000)}`;
    const listing = extract(
      `<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Mug</h1>${nested}</div>`,
    );
    const [product] = listing.structuredData.microdata;
    // 199 keywords are read (200 properties with the name); 100 are stored (99 dropped), each clipped (100 shortened).
    expect(product?.keywords).toHaveLength(LISTING_LIMITS.structuredDataArrayItems);
    expect(listing.truncated?.structuredData).toBe(99 + 100);
  });
});
