import { describe, expect, it } from 'vitest';
import { runListingRule } from '../test-helpers.js';
import { genericSeoImageAlt } from './image-alt.js';
import { genericSeoMetaDescription } from './meta-description.js';
import { genericSeoOpenGraphProduct } from './open-graph.js';
import { genericSeoSingleH1 } from './single-h1.js';
import { genericSeoTitleTag } from './title-tag.js';

const dom = (n: number) =>
  Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`images.${i}`, { strategy: 'dom-gallery', selector: `#g${i}` }]),
  );

describe('generic-seo rules', () => {
  it.each([
    ['title-tag: ok', genericSeoTitleTag, { seo: { title: 't'.repeat(45) } }, []],
    ['title-tag: missing', genericSeoTitleTag, { seo: { title: null } }, [{ severity: 'warning', field: 'seo.title' }]],
    [
      'title-tag: long',
      genericSeoTitleTag,
      { seo: { title: 't'.repeat(70) }, extraction: { 'seo.title': { strategy: 'dom', selector: 'title' } } },
      [
        {
          severity: 'warning',
          field: 'seo.title',
          target: 'title',
          range: [60, 70],
          evidence: { value: 70, limit: 60, unit: 'chars' },
        },
      ],
    ],
    [
      'title-tag: thin',
      genericSeoTitleTag,
      { seo: { title: 'Mug' } },
      [{ severity: 'info', field: 'seo.title', evidence: { value: 3, limit: 30, unit: 'chars' } }],
    ],
    ['meta-description: ok', genericSeoMetaDescription, { seo: { metaDescription: 'm'.repeat(150) } }, []],
    [
      'meta-description: missing',
      genericSeoMetaDescription,
      { seo: { metaDescription: null } },
      [{ severity: 'warning', field: 'seo.metaDescription' }],
    ],
    [
      'meta-description: long',
      genericSeoMetaDescription,
      { seo: { metaDescription: 'm'.repeat(200) } },
      [{ severity: 'warning', field: 'seo.metaDescription', evidence: { value: 200, limit: 160, unit: 'chars' } }],
    ],
    ['single-h1: one', genericSeoSingleH1, { seo: { h1Count: 1 } }, []],
    [
      'single-h1: two',
      genericSeoSingleH1,
      { seo: { h1Count: 2 } },
      [{ severity: 'warning', field: 'seo.h1Count', evidence: { value: 2, limit: 1, unit: 'h1' } }],
    ],
    ['image-alt: JSON-LD images are not judged', genericSeoImageAlt, { images: [{ url: 'https://x.test/a.jpg' }] }, []],
    [
      'image-alt: missing, generic and long',
      genericSeoImageAlt,
      {
        images: [
          { url: 'https://x.test/a.jpg', alt: 'Blue mug, side view' },
          { url: 'https://x.test/b.jpg' },
          { url: 'https://x.test/c.jpg', alt: 'photo of mug' },
          { url: 'https://x.test/d.jpg', alt: 'a'.repeat(130) },
        ],
        extraction: dom(4),
      },
      [
        { severity: 'warning', field: 'images.1', target: '#g1' },
        { severity: 'info', field: 'images.2.alt', target: '#g2', evidence: { text: 'photo of mug' } },
        { severity: 'info', field: 'images.3.alt', target: '#g3', evidence: { value: 130, limit: 125, unit: 'chars' } },
      ],
    ],
    [
      'open-graph: product with price',
      genericSeoOpenGraphProduct,
      { structuredData: { openGraph: { 'og:type': 'product', 'product:price:amount': '5' } } },
      [],
    ],
    [
      'open-graph: website, no price',
      genericSeoOpenGraphProduct,
      { structuredData: { openGraph: { 'og:type': 'website' } } },
      [
        {
          severity: 'info',
          field: 'structuredData.openGraph.og:type',
          target: 'meta[property="og:type"]',
          evidence: { value: 'website', limit: 'product' },
        },
        { severity: 'info', field: 'structuredData.openGraph.price' },
      ],
    ],
  ])('%s', (_name, rule, input, expected) => {
    expect(runListingRule(rule, input)).toEqual(expected);
  });
});
