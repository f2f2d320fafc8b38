/** Hostile product pages for the adversarial listing benchmarks: 100 kB of markup-like text in every field extraction reads. */
import { parseHTML } from 'linkedom';
import { parseHtmlDocument } from '../src/html/index.js';

/**
 * The document a browser would build: `parseHtmlDocument`, or linkedom directly when its depth guard
 * refuses the page (a browser still renders 14,000 nested tags, and the extension extracts from it).
 */
export function browserLikeDocument(html: string): Document {
  try {
    return parseHtmlDocument(html);
  } catch (error) {
    if ((error as { code?: string }).code !== 'html/too-deep') throw error;
    return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
  }
}

/** About 100 kB of each pattern that once made a tag regex backtrack (or a naive scanner go quadratic). */
export function adversarialTexts(size = 100_000): Record<string, string> {
  const nest = Math.floor(size / 7);
  return {
    'plain words (baseline)': 'word '.repeat(size / 5),
    '"<" run': '<'.repeat(size),
    '"<br" run': '<br'.repeat(Math.floor(size / 3)),
    '"<li" run': '<li'.repeat(Math.floor(size / 3)),
    '"<li>" never closed': '<li>'.repeat(size / 4),
    '"<p" run': '<p'.repeat(size / 2),
    '"‹" run': '‹'.repeat(size),
    '"<script></script>" blocks': '<script></script>'.repeat(Math.floor(size / 17)),
    'deeply nested tags': `${'<b>'.repeat(nest)}deep${'</b>'.repeat(nest)}`,
    '"-" run (availability-style names)': '-'.repeat(size),
  };
}

const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** One page per field that extraction reads, with `text` in that field; `url` picks the adapter. */
export function adversarialPages(text: string): Record<string, { html: string; url: string }> {
  const ld = (node: Record<string, unknown>) =>
    `<script type="application/ld+json">${json({ '@type': 'Product', ...node })}</script>`;
  return {
    'JSON-LD description': {
      url: 'https://shop.example/p',
      html: ld({ name: 'Mug', description: text, offers: { price: 5, priceCurrency: 'USD', availability: text } }),
    },
    'JSON-LD name': { url: 'https://shop.example/p', html: ld({ name: text, brand: { name: text } }) },
    'Shopify product JSON body_html': {
      url: 'https://mug.myshopify.com/products/mug',
      html: `<script type="application/json" data-product-json>${json({ product: { title: 'Mug', description: text, body_html: text } })}</script>`,
    },
    'Walmart long description': {
      url: 'https://www.walmart.com/ip/mug/123456',
      html: `<script id="__NEXT_DATA__" type="application/json">${json({
        props: {
          pageProps: {
            initialData: {
              data: {
                product: { name: 'Mug', usItemId: '123456', priceInfo: {}, imageInfo: {}, shortDescription: text },
                idml: { longDescription: text },
              },
            },
          },
        },
      })}</script>`,
    },
    microdata: {
      url: 'https://shop.example/p',
      html: `<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Mug</span><div itemprop="description">${text}</div></div>`,
    },
    'DOM description': {
      url: 'https://shop.example/p',
      html: `<h1>Mug</h1><div class="product-description">${text}</div>`,
    },
  };
}
