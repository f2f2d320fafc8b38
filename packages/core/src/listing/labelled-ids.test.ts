// labelled-ids: product numbers after labels in several languages, id attributes and analytics data layers.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../html/index.js';
import { findPageSku, idAfterLabel } from './labelled-ids.js';
import { PageIndex } from './page-index.js';

describe('idAfterLabel', () => {
  it.each([
    ['SKU: BK-17', 'BK-17'],
    ['Item # 101095', '101095'],
    ['Item No. 1234041280814P', '1234041280814P'],
    ['Art.-Nr.: 4065208630462', '4065208630462'],
    ['Artikelnummer 57300123', '57300123'],
    ['Réf. : 8472-B', '8472-B'],
    ['Model: MS317dn', 'MS317dn'],
    ['MPN 35SC060', '35SC060'],
    ['Product No. 0722148001', '0722148001'],
    ['Husky 2024', undefined],
    ['SKU: none', undefined],
    ['Model: Pro', undefined],
    ['no label 12345', undefined],
  ])('%s → %s', (text, expected) => {
    expect(idAfterLabel(text)).toBe(expected);
  });
});

const sku = (body: string) => {
  const doc = parseHtmlDocument(`<html><body>${body}</body></html>`);
  return findPageSku(new PageIndex(doc), doc.querySelector('h1'), null);
};

describe('findPageSku', () => {
  it.each([
    ['<h1>Desk</h1><span itemprop="sku">DK-100</span>', 'DK-100', 'labelled-id'],
    ['<h1>Desk</h1><p class="product-sku">SKU: DK-200</p>', 'DK-200', 'labelled-id'],
    ['<h1>Desk</h1><form data-product-id="884422"><button>Add</button></form>', '884422', 'id-attribute'],
    [
      '<h1>Shirt</h1><script>utag_data = {product_id : ["0722148001"], page_type: "pdp"};</script>',
      '0722148001',
      'data-layer',
    ],
    [
      '<h1>Shirt</h1><script>dataLayer.push({"ecommerce":{"items":[{"item_id":"SKU-991"}]}});</script>',
      'SKU-991',
      'data-layer',
    ],
  ])('%s', (body, value, strategy) => {
    expect(sku(body)).toMatchObject({ value, strategy });
  });
  it('finds nothing on a page without a product number', () => {
    expect(
      sku('<h1>Desk</h1><p>Solid oak, 120 cm.</p><script>var x = {"product_id": "abc"};</script>'),
    ).toBeUndefined();
  });
});
