/** On-demand audit of any tab: asks a running content script to re-audit, or injects it (activeTab + scripting). */
import type { AuditRecord } from '../audit/record.js';
import { browser } from '../platform/browser.js';
import { nextTabAudit } from './tab-audits.js';

export async function auditTabNow(tabId: number): Promise<AuditRecord | null> {
  const next = nextTabAudit(tabId);
  try {
    await browser.tabs.sendMessage(tabId, { kind: 'page:audit' });
  } catch {
    // No content script in this tab yet: inject it (allowed by activeTab after a user gesture, or a granted host).
    await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        (window as { __revloopOnDemand?: boolean }).__revloopOnDemand = true;
      },
    });
    await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  }
  return next;
}
