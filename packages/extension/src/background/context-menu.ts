/** "Audit this page with revloop" in the page's context menu: a user gesture that grants activeTab on any store. */
import { browser } from '../platform/browser.js';
import { auditTabNow } from './on-demand.js';

export const MENU_ID = 'revloop-audit-page';

declare const chrome: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } | undefined;

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuAuditPage'), contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    // Open the panel inside the gesture (Chrome), then audit.
    if (__TARGET__ === 'chrome') void chrome?.sidePanel?.open({ tabId: tab.id }).catch(() => {});
    void auditTabNow(tab.id).catch(() => {});
  });
}
