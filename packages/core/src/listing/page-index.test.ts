// Tests for PageIndex: one walk answers document-level selectors exactly like querySelectorAll.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../html/index.js';
import { compileCompound, PageIndex, splitSelector } from './page-index.js';

const doc = parseHtmlDocument(`<html><head><meta property="og:type" content="product"></head><body>
<div id="a" class="box big"><ul><li class="x">1</li><li>2</li></ul></div>
<div class="box"><span data-hook="r" itemprop="price">3</span></div>
<script src="/s.js"></script><script>inline</script></body></html>`);

describe('PageIndex', () => {
  const index = new PageIndex(doc);
  it.each([
    ['#a', 1],
    ['.box', 2],
    ['div.box.big', 1],
    ['#a li', 2],
    ['.box li.x', 1],
    ['script:not([src])', 1],
    ['meta[property^="og:"]', 1],
    ['[itemprop="price"]', 1],
    ['span[data-hook="r"]', 1],
    ['#a, .box', 2],
    ['#missing li', 0],
  ])('all(%j) finds %i, as querySelectorAll does', (selector, n) => {
    expect(index.all(selector)).toHaveLength(n);
    expect(index.all(selector)).toEqual(Array.from(doc.querySelectorAll(selector)));
  });

  it('answers indexed selectors without scanning the document', () => {
    const fresh = new PageIndex(doc);
    fresh.first('#a li');
    fresh.all('[itemprop="price"]');
    expect(fresh.fullScans).toEqual([]);
    fresh.first('[data-hook="r"]');
    expect(fresh.fullScans).toEqual(['[data-hook="r"]']);
  });

  it('splits selectors outside quotes and brackets', () => {
    expect(splitSelector('nav[aria-label="a b" i] a, .x', ',')).toEqual(['nav[aria-label="a b" i] a', '.x']);
    expect(splitSelector('nav[aria-label="a b" i] a', ' ')).toEqual(['nav[aria-label="a b" i]', 'a']);
  });

  it('compiles simple compounds and declines richer ones', () => {
    const span = doc.querySelector('span')!;
    expect(compileCompound('span[data-hook="r"][itemprop*="ri"]')?.(span)).toBe(true);
    expect(compileCompound('span:not([itemprop])')?.(span)).toBe(false);
    expect(compileCompound('li:nth-child(2)')).toBeUndefined();
  });
});

describe('PageIndex with dots in attribute values', () => {
  it('does not read a class out of an attribute value', () => {
    const d = parseHtmlDocument('<div itemscope itemtype="https://schema.org/Product"><a href="x.html">x</a></div>');
    const index = new PageIndex(d);
    expect(index.first('[itemscope][itemtype*="schema.org/Product"]')).toBe(d.querySelector('div'));
    expect(index.all('a[href$=".html"]')).toHaveLength(1);
  });
});

describe('PageIndex walk', () => {
  const d = parseHtmlDocument(`<html><head><title>t</title></head><body>
<div id="x" class="a  a b"><p class=" c "><b id="x">dup id</b></p></div>
<template id="tpl"><div class="a" id="inner">template content</div></template>
<svg class="a"><g class="b"></g></svg><ul><li class="b">1</li><li>2</li></ul></body></html>`);
  const index = new PageIndex(d);

  it('indexes the elements of querySelectorAll("*"), in document order, template contents skipped', () => {
    for (const tag of ['div', 'p', 'b', 'template', 'svg', 'g', 'li', 'title'])
      expect(index.byTag.get(tag) ?? []).toEqual(Array.from(d.querySelectorAll(tag)));
    for (const cls of ['a', 'b', 'c']) expect(index.all(`.${cls}`)).toEqual(Array.from(d.querySelectorAll(`.${cls}`)));
    expect(index.byClass.get('a')).toHaveLength(2);
    expect(index.first('#inner')).toBeNull();
  });

  it('keeps the first element of a duplicated id, as getElementById does', () => {
    expect(index.byId.get('x')).toBe(d.querySelector('div'));
  });

  it('throws on something that is not a Document (extraction turns it into a warning)', () => {
    expect(() => new PageIndex({} as Document)).toThrow(TypeError);
  });
});
