/** Settings persistence in `browser.storage.local`: load (with migration), save (validated), watch for changes. */
import { browser } from '../platform/browser.js';
import { type ExtensionSettings, ExtensionSettingsSchema, migrateSettings } from './schema.js';

export const SETTINGS_KEY = 'settings';

/** Minimal slice of `browser.storage.local` / `onChanged`, so tests can pass an in-memory area. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const localArea = (): SettingsArea => browser.storage.local;

/** Reads and migrates stored settings; a missing or corrupt value yields defaults. Writes back when migration changed the stored shape. */
export async function loadSettings(area: SettingsArea = localArea()): Promise<ExtensionSettings> {
  const stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const settings = migrateSettings(stored);
  if (stored !== undefined && JSON.stringify(stored) !== JSON.stringify(settings)) {
    await area.set({ [SETTINGS_KEY]: settings });
  }
  return settings;
}

/** Validates, then stores. Throws (storing nothing) when `settings` is invalid. */
export async function saveSettings(
  settings: ExtensionSettings,
  area: SettingsArea = localArea(),
): Promise<ExtensionSettings> {
  const valid = ExtensionSettingsSchema.parse(settings);
  await area.set({ [SETTINGS_KEY]: valid });
  return valid;
}

/** Applies `change` to the current settings and saves the result. */
export async function updateSettings(
  change: (current: ExtensionSettings) => ExtensionSettings,
  area: SettingsArea = localArea(),
): Promise<ExtensionSettings> {
  return saveSettings(change(await loadSettings(area)), area);
}

/** Calls `listener` with migrated settings whenever they change in storage; returns an unsubscribe function. */
export function watchSettings(listener: (settings: ExtensionSettings) => void, signal?: AbortSignal): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    const change = changes[SETTINGS_KEY];
    if (areaName === 'local' && change) listener(migrateSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  const stop = () => browser.storage.onChanged.removeListener(onChanged);
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
