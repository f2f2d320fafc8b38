// html-text: the linear HTML-to-text scanner on ordinary markup, on hostile 100 kB fields, and on arbitrary strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adversarialTexts } from '../../bench/adversarial-pages.js';
import {
  clipText,
  HTML_FIELD_MAX_CHARS,
  HTML_TEXT_MAX_CHARS,
  htmlListItems,
  htmlToText,
  scanHtml,
} from './html-text.js';

describe('htmlToText', () => {
  it.each([
    ['<p>A <strong>bold</strong> mug.</p><p>Two</p>', 'A bold mug. Two'],
    ['one<br>two<br/>three', 'one two three'],
    ['<ul><li>a</li><li>b</li></ul>after', 'a b after'],
    ['x<p>y', 'x y'],
    ['<div\nclass="a">x</div><div>y</div>', 'x y'],
    ['a < b and c<3 and 5 >= 4', 'a < b and c<3 and 5 >= 4'],
    ['<a title="x>y" href=\'/p\'>link</a>', 'link'],
    ['before<!-- <p>hidden</p> -->after', 'beforeafter'],
    ['<!doctype html><![CDATA[x]]>text', 'text'],
    ['<style>p{}</style>x<SCRIPT>alert(1)</SCRIPT>y<script>never closed', 'xy'],
    ['<noscript><img src=x></noscript>shown', 'shown'],
    ['Tom &amp; Jerry &lt;3 &quot;hi&quot; &#39;x&#39; &#x2122; &euro;5 &nbsp;ok', 'Tom & Jerry <3 "hi" \'x\' ™ €5 ok'],
    ['&amp;lt; stays one level', '&lt; stays one level'],
    ['&unknown; &#xD800; &#0; & alone &', '&unknown; \uFFFD \uFFFD & alone &'],
    ['cut <b', 'cut'],
    ['cut <a href="never closed>', 'cut'],
    ['', ''],
  ])('%j → %j', (html, text) => expect(htmlToText(html)).toBe(text));

  it('caps the output without splitting a surrogate pair', () => {
    expect(htmlToText('<p>abcdef</p>', 3)).toBe('abc');
    expect(clipText('a😀b', 2)).toBe('a');
    expect(htmlToText('x'.repeat(HTML_TEXT_MAX_CHARS + 50))).toHaveLength(HTML_TEXT_MAX_CHARS);
  });

  it('reads at most HTML_FIELD_MAX_CHARS of a field', () => {
    const html = `${'a'.repeat(HTML_FIELD_MAX_CHARS)}TAIL`;
    expect(htmlToText(html, Number.POSITIVE_INFINITY)).toHaveLength(HTML_FIELD_MAX_CHARS);
  });
});

describe('htmlListItems', () => {
  it.each([
    ['<ul><li>One</li><li> <b>Two</b> </li><li></li></ul>', ['One', 'Two']],
    ['<ul><li>One<li>Two</ul><li>outside list closes at end', ['One', 'Two', 'outside list closes at end']],
    ['<LI class="x">A &amp; B</LI>', ['A & B']],
    ['<li>a<br>b<script>no</script></li>', ['a b']],
    ['no list', []],
  ])('%j → %j', (html, items) => expect(htmlListItems(html)).toEqual(items));
});

describe('hostile 100 kB fields (the inputs of bench/listing-adversarial.bench.ts)', () => {
  const texts = adversarialTexts();
  const expected: Record<string, (text: string) => string> = {
    'plain words (baseline)': (t) => t.trim(),
    '"<" run': (t) => t,
    // An unterminated tag drops the rest, as a browser does.
    '"<br" run': () => '',
    '"<li" run': () => '',
    '"<li>" never closed': () => '',
    '"<p" run': () => '',
    '"‹" run': (t) => t,
    '"<script></script>" blocks': () => '',
    'deeply nested tags': () => 'deep',
    '"-" run (availability-style names)': (t) => t,
  };

  it.each(Object.keys(texts))('%s: the text is extracted and capped', (name) => {
    const text = texts[name]!;
    const want = expected[name]!(text);
    expect(htmlToText(text)).toBe(want.slice(0, HTML_TEXT_MAX_CHARS));
    expect(htmlToText(text, 20_000)).toBe(want.slice(0, 20_000).trimEnd());
  });

  it('finds every item of a 25,000-item list, and none in unterminated ones', () => {
    expect(htmlListItems('<li>x</li>'.repeat(25_000))).toHaveLength(20_000);
    expect(htmlListItems(texts['"<li" run']!)).toEqual([]);
    expect(htmlListItems(texts['"<li>" never closed']!)).toEqual([]);
    expect(htmlListItems(`<li>${texts['deeply nested tags']}</li>`)).toEqual(['deep']);
  });
});

describe('properties (linear scanner)', () => {
  const htmlish = fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('<', '>', '</', '<li', '<li>', '</li>', '<br', '<p', '<!--', '-->', '<script>', '</script'),
        fc.constantFrom('"', "'", '=', '&', '&amp;', '&#x1F600;', '&#', ';', '‹', '\u0000', '\uD800', ' ', '\n'),
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(''));

  it('htmlToText never throws and never returns more than the cap', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), htmlish), fc.nat(500), (html, cap) => {
        const text = htmlToText(html, cap);
        expect(typeof text).toBe('string');
        expect(text.length).toBeLessThanOrEqual(cap);
        expect(text).toBe(text.trim());
      }),
      { numRuns: 2_000 },
    );
  });

  it('htmlListItems and scanHtml never throw; tags are reported in order without overlap', () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        expect(Array.isArray(htmlListItems(html))).toBe(true);
        let seen = 0;
        scanHtml(html, {
          text: (run) => {
            seen += run.length;
          },
          tag: () => undefined,
        });
        expect(seen).toBeLessThanOrEqual(html.length);
      }),
      { numRuns: 1_000 },
    );
  });
});
