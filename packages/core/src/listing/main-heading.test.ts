// main-heading: which heading names the product, its text as laid out, truncated names and store suffixes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../html/index.js';
import { completeTruncatedName, findMainHeading, headingText, nameWords, stripSiteName } from './main-heading.js';
import { PageIndex } from './page-index.js';

const heading = (body: string, sources: string[]) => {
  const index = new PageIndex(parseHtmlDocument(`<html><body>${body}</body></html>`));
  return findMainHeading(index, sources);
};

describe('findMainHeading', () => {
  it.each([
    [
      'navigation h1 before the product',
      '<h1>Shop By Department</h1><h1>Blackout mesh leggings</h1>',
      ['Blackout mesh leggings | Gap'],
      'Blackout mesh leggings',
    ],
    [
      'newsletter h1 before the product',
      '<h1>SIGN UP TODAY</h1><h1>Supima Cotton Cardigan</h1>',
      ["Supima Cotton Cardigan from Lands' End"],
      'Supima Cotton Cardigan',
    ],
    [
      'logo h1 shares no word',
      '<h1><img alt="Store"></h1><h1 class="x">Oak Desk, Espresso</h1>',
      ['Oak Desk'],
      'Oak Desk, Espresso',
    ],
    [
      'brand and name in two spans',
      '<h1><span itemprop="brand">Stuart Weitzman</span><span>Combat Boot</span></h1>',
      ['Stuart Weitzman Combat Boot'],
      'Stuart Weitzman Combat Boot',
    ],
    [
      'identifier inside the heading is left out',
      '<h1>Magellan Desk <small><span itemprop="sku">Item # 101095</span></small></h1>',
      ['Magellan Desk'],
      'Magellan Desk',
    ],
    [
      'price inside the heading is left out',
      '<h1>18 Pink Roses <span class="price">$49.98</span></h1>',
      ['18 Pink Roses'],
      '18 Pink Roses',
    ],
    [
      'hidden colour suffix is left out',
      '<h1>Marble Leggings <span class="h-hide">multicolor</span></h1>',
      ['Marble Leggings - multicolor'],
      'Marble Leggings',
    ],
    ['no source: the first non-empty h1', '<h1> </h1><h1>Kettle</h1>', [], 'Kettle'],
    [
      'theme title element when no h1 agrees',
      '<h1>Menu</h1><div class="product-title">Linen Robe</div>',
      ['Linen Robe – Buykud'],
      'Linen Robe',
    ],
  ])('%s', (_label, body, sources, expected) => {
    expect(heading(body, sources)?.text).toBe(expected);
  });

  it('skips an itemprop name that belongs to the brand scope', () => {
    const body =
      '<div itemscope itemtype="https://schema.org/Brand"><span itemprop="name">Gorilla Playsets</span></div>';
    expect(heading(body, ['Gorilla Playsets Swing Set'])).toBeNull();
  });

  it('returns null when no heading shares half its words with a source', () => {
    expect(heading('<h1>Customer service</h1>', ['Walnut Bookshelf'])).toBeNull();
  });

  it('reports the agreement it found', () => {
    expect(heading('<h1>Red Kettle Deluxe</h1>', ['Red Kettle'])?.agreement).toBeCloseTo(2 / 3, 5);
  });
});

describe('headingText', () => {
  it('separates block and inline children, and reads <br> as a space', () => {
    const el = parseHtmlDocument('<h1>HEART CLUB<br>Knit <b>Cardigan</b><script>x()</script></h1>').querySelector(
      'h1',
    )!;
    expect(headingText(el)).toBe('HEART CLUB Knit Cardigan');
  });
});

describe('completeTruncatedName', () => {
  it.each([
    [
      'Memory Foam Cushion Car Seat Pad Pain...',
      ['Memory Foam Cushion Car Seat Pad Pain Relief Pillow'],
      'Memory Foam Cushion Car Seat Pad Pain Relief Pillow',
    ],
    ['Memory Foam Cushion Car Seat…', ['Memory Foam Cushion Car Seat Pad'], 'Memory Foam Cushion Car Seat Pad'],
    ['Memory Foam Cushion...', ['Memory Foam Cushion...'], 'Memory Foam Cushion...'],
    ['Short...', ['Short name that is longer'], 'Short...'],
    ['No ellipsis here', ['No ellipsis here and more'], 'No ellipsis here'],
  ])('%s', (text, sources, expected) => {
    expect(completeTruncatedName(text, sources)).toBe(expected);
  });
});

describe('stripSiteName', () => {
  it.each([
    ['Swing Set | Wayfair | Wayfair', undefined, 'https://www.wayfair.com/p/1', 'Swing Set'],
    ['Plush Set - Ireland | Disney Store', 'Disney Store', 'https://www.disneystore.com/x', 'Plush Set - Ireland'],
    ['Pima Cotton Trunks - Black - ARKET DE', 'ARKET', 'https://www.arket.com/x', 'Pima Cotton Trunks - Black'],
    ['Oak Desk - Espresso', undefined, 'https://shop.example/p', 'Oak Desk - Espresso'],
    ['Kettle', 'Store', 'not a url', 'Kettle'],
  ])('%s', (title, site, url, expected) => {
    expect(stripSiteName(title, site, url)).toBe(expected);
  });
});

describe('nameWords', () => {
  it('lower-cases words of any script and keeps at most 60', () => {
    expect(nameWords('Étagère 3-Tier, 白い')).toEqual(['étagère', '3', 'tier', '白い']);
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        const words = nameWords(s);
        expect(words.length).toBeLessThanOrEqual(60);
        for (const w of words) expect(w).toBe(w.toLowerCase());
      }),
      { numRuns: 200, seed: 14 },
    );
  });
});
