/** Background lint: the SW lints with the stored brand config and field mapping, re-reading settings only on change. */
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../settings/schema.js';

const stored = {
  ...defaultSettings(),
  brand: { substitutions: [{ use: 'soothes', insteadOf: ['cures'] }] },
  editorPlacements: { 'shopify.product.title': 'amazon.title' },
};
// The real storage module talks to browser.storage; the handler only needs the loaded settings.
vi.mock('../settings/storage.js', () => ({ loadSettings: vi.fn(async () => stored) }));
const { loadSettings } = await import('../settings/storage.js');
const { forgetEditorLintSettings, handleEditorLint } = await import('./background-lint.js');

describe('handleEditorLint', () => {
  it('lints with the stored brand config and the user’s field mapping', async () => {
    const r = await handleEditorLint({
      kind: 'editor:lint',
      text: 'Serum that cures acne',
      field: { key: 'shopify.product.title', role: 'product-title' },
    });
    expect(r?.placement).toBe('amazon.title');
    const fix = r?.findings.find((f) => f.fix?.kind === 'replace');
    expect(fix?.fix).toEqual({ kind: 'replace', range: [11, 16], text: 'soothes' });
  });

  it('falls back to the role default for unmapped fields', async () => {
    const r = await handleEditorLint({
      kind: 'editor:lint',
      text: 'A calm toner.',
      field: { key: 'custom.meta', role: 'seo-description' },
    });
    expect(r?.placement).toBe('seo.meta-description');
  });

  it('reads storage once, and again only after the settings change', async () => {
    forgetEditorLintSettings();
    const reads = vi.mocked(loadSettings).mock.calls.length;
    const lint = (text: string) =>
      handleEditorLint({ kind: 'editor:lint', text, field: { key: 'shopify.product.title', role: 'product-title' } });
    await lint('Serum that cures acne');
    await lint('Serum that cures acne, twice');
    expect(vi.mocked(loadSettings).mock.calls.length).toBe(reads + 1);
    forgetEditorLintSettings();
    await lint('Serum that cures acne');
    expect(vi.mocked(loadSettings).mock.calls.length).toBe(reads + 2);
  });
});
