/** Editor-checker feature: runs only on enabled origins, by exact origin, without touching the document. */
import { describe, expect, it, vi } from 'vitest';

// The real sender loads webextension-polyfill, which refuses to run outside an extension.
vi.mock('../content/send.js', () => ({ sendToBackground: vi.fn(async () => undefined) }));
const { editorChecker, isEnabledEditorSite } = await import('./editor-checker.js');

describe('editor-checker feature', () => {
  const enabled = ['https://example-shop.com', 'https://admin.shopify.com'];

  it('includes only enabled origins, by exact origin', () => {
    expect(isEnabledEditorSite(new URL('https://example-shop.com/wp-admin/post.php?post=1'), enabled)).toBe(true);
    expect(isEnabledEditorSite(new URL('https://admin.shopify.com/store/demo/products/1'), enabled)).toBe(true);
    expect(isEnabledEditorSite(new URL('http://example-shop.com/'), enabled)).toBe(false);
    expect(isEnabledEditorSite(new URL('https://evil.example-shop.com.attacker.net/'), enabled)).toBe(false);
    expect(isEnabledEditorSite(new URL('https://www.amazon.com/dp/B0'), enabled)).toBe(false);
  });

  it('include() never touches the document', () => {
    const document = new Proxy({} as Document, {
      get() {
        throw new Error('include() read the DOM');
      },
    });
    const settings = { enabledSites: enabled } as Parameters<typeof editorChecker.include>[0]['settings'];
    expect(editorChecker.include({ url: new URL('https://other.example/'), document, settings })).toBe(false);
    expect(editorChecker.include({ url: new URL('https://example-shop.com/x'), document, settings })).toBe(true);
    expect(editorChecker.id).toBe('editor-checker');
  });
});
