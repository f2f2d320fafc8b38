/** The latest audit per tab, in `storage.session` so it survives service-worker restarts but not the browser session. */
import type { AuditRecord } from '../audit/record.js';
import { browser } from '../platform/browser.js';

const keyOf = (tabId: number) => `tab:${tabId}`;
type Waiter = (record: AuditRecord | null) => void;
const waiters = new Map<number, Waiter[]>();

function area() {
  return browser.storage.session ?? browser.storage.local;
}

export async function getTabAudit(tabId: number): Promise<AuditRecord | null> {
  const got = await area().get(keyOf(tabId));
  return (got[keyOf(tabId)] as AuditRecord | undefined) ?? null;
}

export async function setTabAudit(tabId: number, record: AuditRecord | null): Promise<void> {
  if (record) await area().set({ [keyOf(tabId)]: record });
  else await area().remove(keyOf(tabId));
  for (const resolve of waiters.get(tabId) ?? []) resolve(record);
  waiters.delete(tabId);
}

/** Resolves with the next audit stored for the tab (or null: not a product, or timed out). */
export function nextTabAudit(tabId: number, timeoutMs = 45_000): Promise<AuditRecord | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    const list = waiters.get(tabId) ?? [];
    list.push((r) => {
      clearTimeout(timer);
      resolve(r);
    });
    waiters.set(tabId, list);
  });
}
