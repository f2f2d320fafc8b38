/** Registers the content script on the CMS origins the user enabled and granted (optional host permissions). */
import { browser } from '../platform/browser.js';
import type { ExtensionSettings } from '../settings/schema.js';

export const EDITOR_SCRIPT_ID = 'revloop-editor-sites';

export async function grantedOrigins(origins: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const origin of origins) {
    if (await browser.permissions.contains({ origins: [`${origin}/*`] })) out.push(origin);
  }
  return out;
}

export async function syncEditorSites(settings: ExtensionSettings): Promise<string[]> {
  const origins = await grantedOrigins(settings.enabledSites);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [EDITOR_SCRIPT_ID] }).catch(() => []);
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [EDITOR_SCRIPT_ID] });
  if (origins.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: EDITOR_SCRIPT_ID,
        matches: origins.map((o) => `${o}/*`),
        js: ['editor.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return origins;
}
