/** Settings schema: migration from older versions, old rule ids renamed on load, import and export. */
import { describe, expect, it } from 'vitest';
import { defaultSettings, exportSettings, importSettings, migrateSettings, SETTINGS_VERSION } from './schema.js';

describe('migrateSettings', () => {
  it('returns defaults for nothing or garbage', () => {
    expect(migrateSettings(undefined)).toEqual(defaultSettings());
    expect(migrateSettings('nope')).toEqual(defaultSettings());
  });

  it('upgrades a v1 object (sites, goodScore/fairScore)', () => {
    const s = migrateSettings({ schemaVersion: 1, sites: ['https://shop.example.com'], goodScore: 85, fairScore: 60 });
    expect(s.schemaVersion).toBe(SETTINGS_VERSION);
    expect(s.enabledSites).toEqual(['https://shop.example.com']);
    expect(s.thresholds).toEqual({ good: 85, fair: 60 });
  });

  it('renames old listing rule ids in ruleOverrides to their listing/ ids, keeping the rest', () => {
    const s = migrateSettings({
      ...defaultSettings(),
      ruleOverrides: {
        'amazon/title-length': 'off',
        'walmart/images': 'warning',
        'google-merchant/offer-price': 'info',
        'generic-seo/meta-description': 'error',
        'copy/policy/repeated-word': 'off',
      },
    });
    expect(s.ruleOverrides).toEqual({
      'listing/amazon/title-length': 'off',
      'listing/walmart/images': 'warning',
      'listing/google-merchant/offer-price': 'info',
      'listing/generic-seo/meta-description': 'error',
      'copy/policy/repeated-word': 'off',
    });
  });

  it('lets the new id win when the old and the new id are both stored, and is idempotent', () => {
    const s = migrateSettings({
      ...defaultSettings(),
      ruleOverrides: { 'amazon/video': 'off', 'listing/amazon/video': 'warning' },
    });
    expect(s.ruleOverrides).toEqual({ 'listing/amazon/video': 'warning' });
    expect(migrateSettings(s)).toEqual(s);
  });

  it('renames old rule ids in v1 settings too', () => {
    const s = migrateSettings({ schemaVersion: 1, ruleOverrides: { 'amazon/a-plus': 'info' } });
    expect(s.ruleOverrides).toEqual({ 'listing/amazon/a-plus': 'info' });
  });

  it('keeps valid keys when another key is corrupt', () => {
    const s = migrateSettings({ ...defaultSettings(), enabledSites: ['https://a.example'], thresholds: { good: 'x' } });
    expect(s.enabledSites).toEqual(['https://a.example']);
    expect(s.thresholds).toEqual(defaultSettings().thresholds);
  });
});

describe('importSettings', () => {
  it('round-trips an export', () => {
    const current = { ...defaultSettings(), enabledSites: ['https://cms.example.com'] };
    const r = importSettings(exportSettings(current), defaultSettings());
    expect(r).toEqual({ ok: true, settings: current });
  });

  it('lists exact bad keys and leaves the current settings untouched', () => {
    const current = defaultSettings();
    const before = structuredClone(current);
    const r = importSettings(
      JSON.stringify({ thresholds: { good: 50, fair: 80 }, enabledSites: ['not a url'], colour: 'blue' }),
      current,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path).sort();
    expect(paths).toEqual(['colour', 'enabledSites.0', 'thresholds.good']);
    expect(current).toEqual(before);
  });

  it('rejects non-JSON and future versions', () => {
    expect(importSettings('{', defaultSettings()).ok).toBe(false);
    const r = importSettings(JSON.stringify({ schemaVersion: 99 }), defaultSettings());
    expect(r.ok === false && r.errors[0]?.path).toBe('schemaVersion');
  });

  it('renames old rule ids in an imported file', () => {
    const r = importSettings(JSON.stringify({ ruleOverrides: { 'walmart/reviews': 'off' } }), defaultSettings());
    expect(r.ok && r.settings.ruleOverrides).toEqual({ 'listing/walmart/reviews': 'off' });
  });

  it('imports a v1 file through migration', () => {
    const r = importSettings(JSON.stringify({ schemaVersion: 1, sites: ['https://x.example'] }), defaultSettings());
    expect(r.ok && r.settings.enabledSites).toEqual(['https://x.example']);
  });
});
