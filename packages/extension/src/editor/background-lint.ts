/** Background lint: the service worker's `editor:lint` handler, with the user's brand config and mappings. */
import { loadSettings } from '../settings/storage.js';
import { createCoreCheck } from './core-check.js';
import type { EditorLintMessage } from './lint-message.js';
import type { CheckResult, CheckText } from './types.js';

// Lints arrive on every debounced keystroke: keep the compiled check in memory instead of reading, migrating and
// re-validating stored settings each time. `forgetEditorLintSettings` drops it when the stored settings change.
let pending: Promise<CheckText> | undefined;

async function compileFromStorage(): Promise<CheckText> {
  const settings = await loadSettings();
  return createCoreCheck({
    brand: settings.brand,
    ruleOverrides: settings.ruleOverrides,
    editorPlacements: settings.editorPlacements,
  });
}

/** Call when stored settings change: the next lint compiles the check from the new settings. */
export function forgetEditorLintSettings(): void {
  pending = undefined;
}

/** Lints with the current settings; the compiled check is reused until the settings change. */
export async function handleEditorLint(message: EditorLintMessage): Promise<CheckResult | null> {
  pending ??= compileFromStorage().catch((error: unknown) => {
    pending = undefined; // a failed read must not stick: try again on the next lint
    throw error;
  });
  const check = await pending;
  return check(message.text, message.field);
}
