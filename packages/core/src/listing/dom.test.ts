// Tests for the DOM helpers: numbers and counts from text, HTML strings as data, JSON parsing, selectors.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../html/index.js';
import { htmlListItems, htmlToText, parseCount, parseNumber, safeJson, selectorFor, textOf } from './dom.js';

describe('dom helpers', () => {
  it.each([
    ['4.5 out of 5 stars', 4.5],
    ['4,5 von 5 Sternen', 4.5],
    ['no digits', null],
  ])('parseNumber(%j) = %j', (text, n) => expect(parseNumber(text)).toBe(n));

  it.each([
    ['2,314 ratings', 2314],
    ['1.234 Sternebewertungen', 1234],
    ['7 ratings', 7],
    ['', null],
  ])('parseCount(%j) = %j', (text, n) => expect(parseCount(text)).toBe(n));

  it('turns HTML strings into text without running or keeping scripts', () => {
    expect(htmlToText('<p>A <strong>bold</strong> mug.</p><script>steal()</script><p>Two&amp;three</p>')).toBe(
      'A bold mug. Two&three',
    );
    expect(htmlToText('<style>p{}</style>x<script>never closed')).toBe('x');
    expect(htmlListItems('<ul><li>One</li><li> <b>Two</b> </li><li></li></ul>')).toEqual(['One', 'Two']);
  });

  it('parses JSON without throwing', () => {
    expect(safeJson('<!--{"a":1}-->')).toEqual({ ok: true, value: { a: 1 } });
    expect(safeJson('{"a":').ok).toBe(false);
  });

  it('builds selectors that find the element, anchored on the nearest unique id', () => {
    const doc = parseHtmlDocument('<div id="x"><ul><li>a</li><li><span>b</span></li></ul></div><p><i>c</i></p>');
    const span = doc.querySelector('span')!;
    expect(selectorFor(span)).toBe('#x > ul:nth-child(1) > li:nth-child(2) > span:nth-child(1)');
    expect(doc.querySelector(selectorFor(span))).toBe(span);
    const i = doc.querySelector('i')!;
    expect(doc.querySelector(selectorFor(i))).toBe(i);
  });

  it('reads text without script contents', () => {
    const doc = parseHtmlDocument('<h1>Mug <script>evil()</script><style>h1{}</style>Blue</h1>');
    expect(textOf(doc.querySelector('h1'))).toBe('Mug Blue');
  });
});
