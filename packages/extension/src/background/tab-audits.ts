/** The latest audit per tab, in `storage.session` so it survives service-worker restarts but not the browser session. */
import type { AuditRecord } from '../audit/record.js';
import { browser, type Storage } from '../platform/browser.js';

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

/** Longest description kept in a tab's record when the full one does not fit the session quota. */
export const TRIMMED_DESCRIPTION = 20_000;

/**
 * The record without the bulk a huge page brings (structured data, extraction sources, most of the description);
 * the report and the facts the panel shows stay whole.
 */
export function trimTabRecord(record: AuditRecord): AuditRecord {
  const { listing } = record;
  return {
    ...record,
    listing: {
      ...listing,
      description: listing.description?.slice(0, TRIMMED_DESCRIPTION) ?? null,
      structuredData: { jsonLd: [], microdata: [], openGraph: {} },
      extraction: { fields: {} },
    },
  };
}

const isQuotaError = (error: unknown) => /quota/i.test(String((error as { message?: unknown })?.message ?? error));

export async function setTabAudit(
  tabId: number,
  record: AuditRecord | null,
  store: Pick<Storage.StorageArea, 'set' | 'remove'> = area(),
): Promise<void> {
  if (!record) await store.remove(keyOf(tabId));
  else {
    try {
      await store.set({ [keyOf(tabId)]: record });
    } catch (error) {
      // storage.session holds 10 MB for every tab together: a huge page's record is stored trimmed rather than lost.
      if (!isQuotaError(error)) throw error;
      await store.set({ [keyOf(tabId)]: trimTabRecord(record) });
    }
  }
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
