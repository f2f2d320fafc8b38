/** Local audit history: compact records per listing (newest first) plus an index, capped by count and by bytes. */
import { type HistoryRecord, jsonBytes, toHistoryRecord } from '../audit/history-record.js';
import type { AuditRecord, HistoryEntry } from '../audit/record.js';
import { isScored } from '../audit/wall-notice.js';
import { browser } from '../platform/browser.js';

// No `unlimitedStorage`: storage.local holds 10 MB in Chrome (5 MB before 114), shared with settings and link history,
// so history keeps to a budget well inside it, and every record is a compact summary (see history-record.ts).
export const MAX_AUDITS_PER_LISTING = 10;
export const MAX_LISTINGS = 100;
export const MAX_HISTORY_BYTES = 2 * 1024 * 1024;
const INDEX_KEY = 'historyIndex';
const keyOf = (listingKey: string) => `history:${listingKey}`;

/** Minimal slice of `browser.storage.local`, so tests can pass an in-memory area with a quota. */
export interface HistoryArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface HistoryLimits {
  audits: number;
  listings: number;
  bytes: number;
}

export const DEFAULT_LIMITS: HistoryLimits = {
  audits: MAX_AUDITS_PER_LISTING,
  listings: MAX_LISTINGS,
  bytes: MAX_HISTORY_BYTES,
};

/**
 * The outcome of storing an audit: which listings were evicted, and whether storage still refused it. A walled page
 * (captcha, consent wall) is not stored at all (`skipped`): its 0 is not a score, so it must never become a change.
 */
export type RecordResult =
  | { ok: true; evicted: string[]; skipped?: 'not-scored' }
  | { ok: false; code: 'quota-exceeded'; error: string; evicted: string[] };

const localArea = (): HistoryArea => browser.storage.local;

const isRecord = (r: unknown): r is HistoryRecord =>
  typeof r === 'object' && r !== null && typeof (r as HistoryRecord).facts === 'object';

/** Stored audits of one listing, newest first (records from before compact history are skipped). */
export async function listingHistory(listingKey: string, area: HistoryArea = localArea()): Promise<HistoryRecord[]> {
  const got = (await area.get(keyOf(listingKey)))[keyOf(listingKey)];
  return Array.isArray(got) ? got.filter(isRecord) : [];
}

export async function historyIndex(area: HistoryArea = localArea()): Promise<HistoryEntry[]> {
  const got = (await area.get(INDEX_KEY))[INDEX_KEY];
  return Array.isArray(got) ? (got as HistoryEntry[]) : [];
}

/** Bytes the index and every listing's records take, as the index accounts them (JSON of the index plus each `bytes`). */
export function historyBytes(index: readonly HistoryEntry[]): number {
  return jsonBytes(index) + INDEX_KEY.length + index.reduce((n, e) => n + (e.bytes ?? 0), 0);
}

/**
 * Keeps the newest listings that fit both caps (the first entry, the one just audited, always stays) and evicts
 * every older one: oldest first, never a gap. Entries without a size are pre-compact history and are evicted too.
 */
export function planEviction(
  index: readonly HistoryEntry[],
  limits: Pick<HistoryLimits, 'listings' | 'bytes'>,
): { kept: HistoryEntry[]; evicted: HistoryEntry[] } {
  const [first, ...rest] = index;
  if (!first) return { kept: [], evicted: [] };
  const kept = [first];
  const evicted: HistoryEntry[] = [];
  // Running historyBytes(kept): the index's JSON is "[" + entries joined by "," + "]".
  let total = historyBytes(kept);
  let full = false;
  for (const e of rest) {
    const adds = e.bytes === undefined ? 0 : jsonBytes(e) + 1 + e.bytes;
    if (!full && e.bytes !== undefined && kept.length < limits.listings && total + adds <= limits.bytes) {
      kept.push(e);
      total += adds;
    } else {
      if (e.bytes !== undefined) full = true;
      evicted.push(e);
    }
  }
  return { kept, evicted };
}

function isQuotaError(error: unknown): boolean {
  return /quota/i.test(String((error as { message?: unknown })?.message ?? error));
}

async function write(
  area: HistoryArea,
  key: string,
  audits: HistoryRecord[],
  index: HistoryEntry[],
  evicted: HistoryEntry[],
) {
  // Remove first: that frees space before the new record is written.
  if (evicted.length > 0) await area.remove(evicted.map((e) => keyOf(e.key)));
  await area.set({ [keyOf(key)]: audits, [INDEX_KEY]: index });
}

/**
 * Stores the audit's compact record and updates the index, evicting the oldest listings past the caps. When storage
 * reports its quota exceeded anyway (other data fills it), evicts the older half of the other listings and retries
 * once; if that fails too, the result says so and nothing is thrown.
 */
export async function recordAudit(
  record: AuditRecord,
  area: HistoryArea = localArea(),
  limits: HistoryLimits = DEFAULT_LIMITS,
): Promise<RecordResult> {
  if (!isScored(record.report)) return { ok: true, evicted: [], skipped: 'not-scored' };
  const compact = toHistoryRecord(record);
  const audits = [compact, ...(await listingHistory(record.key, area))].slice(0, limits.audits);
  const entry: HistoryEntry = {
    key: record.key,
    site: compact.site,
    url: compact.url,
    title: compact.facts.title,
    at: compact.at,
    score: compact.score,
    audits: audits.length,
    bytes: jsonBytes(audits) + keyOf(record.key).length,
  };
  const { kept, evicted } = planEviction(
    [entry, ...(await historyIndex(area)).filter((e) => e.key !== record.key)],
    limits,
  );
  try {
    await write(area, record.key, audits, kept, evicted);
    return { ok: true, evicted: evicted.map((e) => e.key) };
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    const others = kept.slice(1);
    const more = others.slice(Math.floor(others.length / 2));
    const all = [...evicted, ...more].map((e) => e.key);
    try {
      await write(area, record.key, audits, [entry, ...others.slice(0, others.length - more.length)], more);
      return { ok: true, evicted: all };
    } catch (again) {
      if (!isQuotaError(again)) throw again;
      console.warn('[revloop] history not saved: storage quota exceeded', again);
      return { ok: false, code: 'quota-exceeded', error: String((again as Error)?.message ?? again), evicted: all };
    }
  }
}
