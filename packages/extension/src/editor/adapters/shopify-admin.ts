/** Shopify admin product editor: title, description (TinyMCE iframe or rich text), SEO title and description. */
import type { EditorAdapter } from '../types.js';
import { type EditorFieldSpec, fieldTable } from './field-table.js';

const ID = 'shopify-admin';
/** Every selector for the admin lives here: the admin is a SPA that changes without notice. */
const FIELDS: EditorFieldSpec[] = [
  { key: 'shopify.product.title', role: 'product-title', label: 'Product title', selector: 'input[name="title"]' },
  {
    key: 'shopify.product.description',
    role: 'product-description',
    label: 'Description',
    selector:
      'body#tinymce[data-id="product-description"], [contenteditable="true"][data-id="product-description"], #product-description[contenteditable="true"], [data-product-description] [contenteditable="true"]',
  },
  {
    key: 'shopify.seo.title',
    role: 'seo-title',
    label: 'SEO title',
    selector: 'input[name="seoTitle"], input[name="seo-title"], input#seoTitle',
  },
  {
    key: 'shopify.seo.description',
    role: 'seo-description',
    label: 'SEO description',
    selector: 'textarea[name="seoDescription"], textarea[name="seo-description"], textarea#seoDescription',
  },
];

export const shopifyAdminAdapter: EditorAdapter = {
  id: ID,
  matches: (url) =>
    (url.hostname === 'admin.shopify.com' && /^\/store\/[^/]+\/products\/[^/]+/.test(url.pathname)) ||
    (url.hostname.endsWith('.myshopify.com') && /^\/admin\/products\/[^/]+/.test(url.pathname)),
  detect: (doc) =>
    doc.querySelector('input[name="title"], iframe#product-description_ifr, [data-id="product-description"]') !== null,
  ...fieldTable(ID, FIELDS, 'iframe#product-description_ifr'),
};
