/** Core check: lintCopy per field placement, brand fixes, copy rule overrides and memoised results. */
import { describe, expect, it } from 'vitest';
import { createCoreCheck, isKnownPlacement } from './core-check.js';

const settings = {
  brand: { substitutions: [{ use: 'dermatologist tested', insteadOf: ['clinically proven'] }] },
  ruleOverrides: {},
  editorPlacements: {},
};

describe('createCoreCheck', () => {
  it('knows the core placement catalog', () => {
    expect(isKnownPlacement('seo.title')).toBe(true);
    expect(isKnownPlacement('seo.meta-description')).toBe(true);
    expect(isKnownPlacement('generic.body')).toBe(false);
  });

  it('flags a banned claim with an exact range and the brand’s replace fix', async () => {
    const check = createCoreCheck(settings);
    const text = 'It is clinically proven to work.';
    const r = (await check(text, { key: 'generic.textarea', role: 'generic' }))!;
    expect(r.placement).toBe('generic');
    const fix = r.findings.find((f) => f.fix?.kind === 'replace');
    expect(fix?.range).toEqual([6, 23]);
    expect(text.slice(6, 23)).toBe('clinically proven');
    expect(fix?.fix).toEqual({ kind: 'replace', range: [6, 23], text: 'dermatologist tested' });
    expect(r.findings.some((f) => f.category === 'claims')).toBe(true);
    expect(r.score).toBeLessThan(100);
  });

  it('lints a product title as an SEO title unless the user remapped it', async () => {
    const long = 'Night Repair Serum with Retinol, Peptides and Squalane for Fine Lines and Dull Skin, 30 ml';
    const field = { key: 'shopify.product.title', role: 'product-title' } as const;
    const asSeo = (await createCoreCheck(settings)(long, field))!;
    expect(asSeo.placement).toBe('seo.title');
    const remapped = createCoreCheck({ ...settings, editorPlacements: { 'shopify.product.title': 'amazon.title' } });
    expect((await remapped(long, field))!.placement).toBe('amazon.title');
  });

  it('applies rule overrides from the settings', async () => {
    const text = 'It is clinically proven to work.';
    const field = { key: 'generic.textarea', role: 'generic' } as const;
    const on = (await createCoreCheck(settings)(text, field))!;
    const ruleId = on.findings.find((f) => f.category === 'claims')!.ruleId;
    const off = (await createCoreCheck({ ...settings, ruleOverrides: { [ruleId]: 'off' } })(text, field))!;
    expect(off.findings.some((f) => f.ruleId === ruleId)).toBe(false);
  });

  it('returns the memoised result for unchanged text', async () => {
    const check = createCoreCheck(settings);
    const field = { key: 'k', role: 'generic' } as const;
    expect(await check('same text', field)).toBe(await check('same text', field));
  });
});
