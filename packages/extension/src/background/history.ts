/** Local audit history per listing (newest first, capped), plus an index of listings for the history and compare views. */
import type { AuditRecord, HistoryEntry } from '../audit/record.js';
import { browser } from '../platform/browser.js';

export const MAX_AUDITS_PER_LISTING = 10;
export const MAX_LISTINGS = 100;
const INDEX_KEY = 'historyIndex';
const keyOf = (listingKey: string) => `history:${listingKey}`;

export async function listingHistory(listingKey: string): Promise<AuditRecord[]> {
  const got = await browser.storage.local.get(keyOf(listingKey));
  return (got[keyOf(listingKey)] as AuditRecord[] | undefined) ?? [];
}

export async function historyIndex(): Promise<HistoryEntry[]> {
  const got = await browser.storage.local.get(INDEX_KEY);
  return (got[INDEX_KEY] as HistoryEntry[] | undefined) ?? [];
}

/** Stores the audit (dropping any previous previous-diff to keep entries small) and updates the index. */
export async function recordAudit(record: AuditRecord): Promise<void> {
  const { previous: _previous, ...slim } = record;
  const audits = [slim, ...(await listingHistory(record.key))].slice(0, MAX_AUDITS_PER_LISTING);
  const entry: HistoryEntry = {
    key: record.key,
    site: record.site,
    url: record.url,
    title: record.listing.title,
    at: record.at,
    score: record.report.score,
    audits: audits.length,
  };
  const index = [entry, ...(await historyIndex()).filter((e) => e.key !== record.key)];
  const dropped = index.slice(MAX_LISTINGS);
  await browser.storage.local.set({ [keyOf(record.key)]: audits, [INDEX_KEY]: index.slice(0, MAX_LISTINGS) });
  if (dropped.length > 0) await browser.storage.local.remove(dropped.map((e) => keyOf(e.key)));
}
