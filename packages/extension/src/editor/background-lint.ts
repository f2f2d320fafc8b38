/** Background lint: the service worker's `editor:lint` handler, with the user's brand config and mappings. */
import { loadSettings } from '../settings/storage.js';
import { createCoreCheck } from './core-check.js';
import type { EditorLintMessage } from './lint-message.js';
import type { CheckResult, CheckText } from './types.js';

let cached: { key: string; check: CheckText } | undefined;

/** Lints with the current settings; the compiled check is reused until the settings change. */
export async function handleEditorLint(message: EditorLintMessage): Promise<CheckResult | null> {
  const settings = await loadSettings();
  const picked = {
    brand: settings.brand,
    ruleOverrides: settings.ruleOverrides,
    editorPlacements: settings.editorPlacements,
  };
  const key = JSON.stringify(picked);
  if (cached?.key !== key) cached = { key, check: createCoreCheck(picked) };
  return cached.check(message.text, message.field);
}
