// @revloop/core/html: parsing, the one-call audit, and the typed input, size and depth guards that run before linkedom.
import { describe, expect, it } from 'vitest';
import { isRevloopError } from '../engine/errors.js';
import { htmlNestingDepth } from './guard.js';
import * as htmlModule from './index.js';
import { auditHtml, HTML_MAX_CHARS, HTML_MAX_DEPTH, parseHtmlDocument } from './index.js';

/** The RevloopError `call` throws (fails the test when it throws anything else, or nothing). */
function thrown(call: () => unknown) {
  try {
    call();
  } catch (error) {
    expect(isRevloopError(error)).toBe(true);
    return error as { code: string; findings: { field?: string; evidence?: unknown }[] };
  }
  throw new Error('expected a RevloopError');
}

describe('@revloop/core/html', () => {
  it('parses full documents and fragments into a standard Document', () => {
    expect(
      parseHtmlDocument('<html><head><title>T</title></head><body><h1>x</h1></body></html>').querySelector('title')
        ?.textContent,
    ).toBe('T');
    expect(parseHtmlDocument('<span id="productTitle">Kettle</span>').querySelector('#productTitle')?.textContent).toBe(
      'Kettle',
    );
  });

  it('extracts and audits in one call', () => {
    const { listing, report } = auditHtml(
      '<span id="productTitle">Kettle</span><div id="feature-bullets"><ul><li>Boils fast</li></ul></div>',
      'https://www.amazon.com/dp/B0TEST0001',
      { copy: false },
    );
    expect(listing).toMatchObject({
      marketplace: 'amazon',
      title: 'Kettle',
      bullets: ['Boils fast'],
      ids: { asin: 'B0TEST0001' },
    });
    expect(report.findings.find((f) => f.ruleId.endsWith('amazon/bullet-count'))).toMatchObject({
      field: 'bullets',
      target: '#feature-bullets li',
    });
  });

  it('does not throw on empty or binary-looking input', () => {
    expect(() => auditHtml('', 'https://x.test/p')).not.toThrow();
    expect(() => auditHtml('\u0000\uFFFD<<<>>>', 'nonsense')).not.toThrow();
  });
});

describe('attribute names as browsers parse them', () => {
  it('lower-cases HTML attribute names (itemProp → itemprop) and keeps SVG ones', () => {
    const doc = parseHtmlDocument(
      '<div itemScope itemType="https://schema.org/Product" DATA-SKU="A1"><span itemProp="name">X</span><svg viewBox="0 0 1 1"></svg></div>',
    );
    expect(doc.querySelector('[itemprop="name"]')?.textContent).toBe('X');
    expect(doc.querySelector('[itemscope]')?.getAttribute('itemtype')).toBe('https://schema.org/Product');
    expect(doc.querySelector('[data-sku]')?.getAttribute('data-sku')).toBe('A1');
    expect(doc.querySelector('svg')?.getAttributeNames()).toEqual(['viewBox']);
  });
  it('keeps an existing lower-case spelling when both occur', () => {
    const doc = parseHtmlDocument('<p itemprop="a" itemProp="b">x</p>');
    expect(doc.querySelector('p')?.getAttributeNames()).toEqual(['itemprop']);
    expect(doc.querySelector('p')?.getAttribute('itemprop')).toBe('a');
  });
});

describe('input guards', () => {
  it.each([
    ['parseHtmlDocument(42)', () => parseHtmlDocument(42 as unknown as string), 'html/invalid-input', 'html'],
    [
      'parseHtmlDocument(undefined)',
      () => parseHtmlDocument(undefined as unknown as string),
      'html/invalid-input',
      'html',
    ],
    [
      'auditHtml(null, url)',
      () => auditHtml(null as unknown as string, 'https://x.test/p'),
      'html/invalid-input',
      'html',
    ],
    [
      'auditHtml(Buffer, url)',
      () => auditHtml(Buffer.from('<p>') as unknown as string, 'https://x.test/p'),
      'html/invalid-input',
      'html',
    ],
    ['auditHtml(html, 42)', () => auditHtml('<h1>x</h1>', 42 as unknown as string), 'html/invalid-input', 'url'],
  ])('%s throws %s naming the field', (_name, call, code, field) => {
    const error = thrown(call);
    expect(error.code).toBe(code);
    expect(error.findings[0]?.field).toBe(field);
  });

  it('refuses more than HTML_MAX_CHARS characters before parsing', () => {
    const html = `<p>${'x'.repeat(HTML_MAX_CHARS)}</p>`;
    for (const call of [() => parseHtmlDocument(html), () => auditHtml(html, 'https://x.test/p')]) {
      const error = thrown(call);
      expect(error.code).toBe('html/too-large');
      expect(error.findings[0]).toMatchObject({
        field: 'html',
        evidence: { value: html.length, limit: HTML_MAX_CHARS },
      });
    }
  });

  it('refuses 100,000 nested divs with a typed error (no stack overflow, no minute-long parse)', () => {
    const html = `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`;
    const error = thrown(() => auditHtml(html, 'https://x.test/p'));
    expect(error.code).toBe('html/too-deep');
    expect(error.findings[0]).toMatchObject({ field: 'html', evidence: { limit: HTML_MAX_DEPTH } });
    expect(thrown(() => parseHtmlDocument(`${'<div/>'.repeat(100_000)}`)).code).toBe('html/too-deep');
  });

  it('parses deep-but-real nesting and long flat pages', () => {
    const deep = `${'<div>'.repeat(1_500)}<h1 id="t">Mug</h1>${'</div>'.repeat(1_500)}`;
    expect(parseHtmlDocument(deep).querySelector('#t')?.textContent).toBe('Mug');
    const flat = `<ul>${'<li>item<br><img src=x>'.repeat(20_000)}</ul>${'<p>para'.repeat(20_000)}`;
    expect(parseHtmlDocument(flat).querySelectorAll('li')).toHaveLength(20_000);
  });

  it.each([
    ['<div><div></div></div><div></div>', 2],
    ['<div/>'.repeat(5), 5],
    ['<svg><g/><g/><path/></svg><div></div>', 1],
    ['<p>a<p>b<p>c', 1],
    ['<li>a<li>b<li>c', 1],
    // linkedom (htmlparser2) only closes the open <li> when it is the current element, so these nest.
    ['<li>a<p>b<li>c<p>d', 4],
    ['<ul><li><ul><li>x</li></ul></li></ul>', 4],
    ['<table><tr><td>a<td>b<tr><td>c</table>', 3],
    ['<script><div><div><div></script><style><b><b></style>', 1],
    ['<img><br><hr><meta><input>', 0],
    ['<div><span></div></span><div>', 2],
    ['<!-- <div><div> --><div>', 1],
  ])('htmlNestingDepth(%j) = %i', (html, depth) => expect(htmlNestingDepth(html)).toBe(depth));
});

describe('public surface', () => {
  it.each(['htmlNestingDepth'])('%s is internal: not exported from @revloop/core/html', (name) => {
    expect(Object.keys(htmlModule)).not.toContain(name);
  });
});
