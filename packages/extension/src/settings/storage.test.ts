/** Settings storage: defaults, migration written back on load, validation on save. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../platform/browser.js', () => ({ browser: {} }));
const { loadSettings, saveSettings, SETTINGS_KEY } = await import('./storage.js');
const { defaultSettings } = await import('./schema.js');

function memoryArea(initial: Record<string, unknown> = {}) {
  const data = { ...initial };
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
  };
}

describe('settings storage', () => {
  it('loads defaults from empty storage without writing', async () => {
    const area = memoryArea();
    expect(await loadSettings(area)).toEqual(defaultSettings());
    expect(area.data[SETTINGS_KEY]).toBeUndefined();
  });

  it('migrates and writes back old stored settings', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { schemaVersion: 1, sites: ['https://cms.example.com'] } });
    const s = await loadSettings(area);
    expect(s.enabledSites).toEqual(['https://cms.example.com']);
    expect(area.data[SETTINGS_KEY]).toEqual(s);
  });

  it('renames old listing rule ids in stored overrides on load and writes them back', async () => {
    const stored = {
      ...defaultSettings(),
      ruleOverrides: { 'amazon/title-length': 'off', 'listing/core/not-enough-content': 'info' },
    };
    const area = memoryArea({ [SETTINGS_KEY]: stored });
    const s = await loadSettings(area);
    expect(s.ruleOverrides).toEqual({
      'listing/amazon/title-length': 'off',
      'listing/core/not-enough-content': 'info',
    });
    expect(area.data[SETTINGS_KEY]).toEqual(s);
  });

  it('refuses to save invalid settings', async () => {
    const area = memoryArea();
    await expect(saveSettings({ ...defaultSettings(), thresholds: { good: 10, fair: 20 } }, area)).rejects.toThrow();
    expect(area.data[SETTINGS_KEY]).toBeUndefined();
  });
});
