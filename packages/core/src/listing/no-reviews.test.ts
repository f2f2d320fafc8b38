// no-reviews: a review widget that says there are none gives a review count of 0, in several languages.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../html/index.js';
import { findNoReviews } from './no-reviews.js';
import { PageIndex } from './page-index.js';

const find = (body: string) => {
  const doc = parseHtmlDocument(`<html><body><h1>Desk</h1>${body}</body></html>`);
  return findNoReviews(new PageIndex(doc), doc.querySelector('h1'))?.textContent ?? null;
};

describe('findNoReviews', () => {
  it.each([
    ['<div class="reviews">No reviews yet</div>', 'No reviews yet'],
    ['<div class="rating-summary">Be the first to review this product</div>', 'Be the first to review this product'],
    [
      '<p class="bewertungen">Für diesen Artikel wurde noch keine Bewertung abgegeben</p>',
      'Für diesen Artikel wurde noch keine Bewertung abgegeben',
    ],
    ['<span id="avis-client">Aucun avis pour le moment</span>', 'Aucun avis pour le moment'],
    ['<div class="reviews">4.5 out of 5 (120 reviews)</div>', null],
    ['<p>No reviews yet</p>', null],
  ])('%s', (body, expected) => {
    expect(find(body)).toBe(expected);
  });
});
