/** Service worker (Chrome) / background script (Firefox): routes messages, keeps badges and history, syncs editor sites. */
import '../platform/zod-jitless.js';
import { forgetEditorLintSettings } from '../editor/background-lint.js';
import { browser, type Runtime } from '../platform/browser.js';
import { loadSettings, SETTINGS_KEY } from '../settings/storage.js';
import { registerContextMenu } from './context-menu.js';
import { syncEditorSites } from './editor-sites.js';
import { handleMessage } from './router.js';
import { setTabAudit } from './tab-audits.js';

declare const chrome: { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } };

// handleMessage checks the sender per message kind (sender-policy.ts), including `sender.id === runtime.id`.
browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => handleMessage(raw, sender));

registerContextMenu();

browser.tabs.onRemoved.addListener((tabId) => void setTabAudit(tabId, null));

browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !changes[SETTINGS_KEY]) return;
  forgetEditorLintSettings();
  void loadSettings()
    .then(syncEditorSites)
    .catch(() => {});
});

browser.permissions.onRemoved?.addListener(
  () =>
    void loadSettings()
      .then(syncEditorSites)
      .catch(() => {}),
);

browser.runtime.onInstalled.addListener(
  () =>
    void loadSettings()
      .then(syncEditorSites)
      .catch(() => {}),
);

// Chrome: the toolbar button opens the side panel (Firefox uses the popup declared in its manifest).
if (__TARGET__ === 'chrome' && typeof chrome !== 'undefined' && chrome.sidePanel) {
  void chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
}
