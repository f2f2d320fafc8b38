/** Service-worker message router: validates every message with zod, checks the sender per kind, then dispatches. */

import type { HistoryRecord } from '../audit/history-record.js';
import { listingKey } from '../audit/listing-key.js';
import { isScored } from '../audit/wall-notice.js';
import { handleEditorLint } from '../editor/background-lint.js';
import { parseToBackground, type ToBackground } from '../messages/to-background.js';
import { browser } from '../platform/browser.js';
import { loadSettings } from '../settings/storage.js';
import { buildRecord } from './audit.js';
import { clearBadge, setScoreBadge, setWallBadge } from './badge.js';
import { syncEditorSites } from './editor-sites.js';
import { historyIndex, listingHistory, recordAudit } from './history.js';
import { auditTabNow } from './on-demand.js';
import { checkSender, type SelfIdentity, type SenderLike } from './sender-policy.js';
import { getTabAudit, setTabAudit } from './tab-audits.js';

/** Typed error replies: a bad message or a sender the kind does not accept; nothing happens for either. */
export type RouterError =
  | { error: string; code: 'invalid-message' }
  | { error: string; code: 'foreign-sender' | 'unknown-sender' | 'forbidden-for-sender'; kind: string }
  | { error: string; code: 'origin-mismatch'; kind: string };

function selfIdentity(): SelfIdentity {
  // Not `new URL(…).origin`: for non-special schemes such as moz-extension: that can be the string "null".
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/+$/, '') };
}

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

async function onListing(message: Extract<ToBackground, { kind: 'listing:extracted' }>, tabId: number) {
  const settings = await loadSettings();
  const [last] = await listingHistory(listingKey(message.listing));
  const record = buildRecord(message, settings, last);
  await setTabAudit(tabId, record);
  // A captcha or consent wall is not the listing: no score on the badge, and nothing in history (no score change).
  if (!isScored(record.report)) {
    await setWallBadge(tabId, record.report.wall);
    return { score: null, scored: false, history: null };
  }
  await setScoreBadge(tabId, record.report.score, settings.thresholds);
  const history = await recordAudit(record);
  return { score: record.report.score, scored: true, history };
}

export async function handleMessage(
  raw: unknown,
  sender: SenderLike,
  self: SelfIdentity = selfIdentity(),
): Promise<unknown> {
  const parsed = parseToBackground(raw);
  if (!parsed.ok) return { error: `invalid message: ${parsed.error}`, code: 'invalid-message' } satisfies RouterError;
  const message = parsed.message;
  const allowed = checkSender(message.kind, sender, self);
  if (!allowed.ok) return allowed.reply satisfies RouterError;
  // Page reports only ever concern the sender's own tab (no tab id in those messages).
  const tabId = allowed.role === 'content-script' ? allowed.tabId : undefined;
  switch (message.kind) {
    case 'listing:extracted':
      // The key and record name the page's URL: it must be the page that actually sent it.
      if (allowed.role !== 'content-script' || tabId === undefined) return { error: 'listing from outside a tab' };
      if (originOf(message.listing.url) !== originOf(allowed.pageUrl)) {
        return {
          error: 'listing:extracted: listing URL is not on the sending page',
          code: 'origin-mismatch',
          kind: message.kind,
        } satisfies RouterError;
      }
      return onListing(message, tabId);
    case 'listing:none':
      if (tabId !== undefined) {
        await clearBadge(tabId);
        await setTabAudit(tabId, null);
      }
      return { ok: true };
    case 'editor:score':
      if (tabId !== undefined) await setScoreBadge(tabId, message.score, (await loadSettings()).thresholds);
      return { ok: true };
    case 'editor:lint':
      return handleEditorLint(message);
    case 'audit:get':
      return getTabAudit(message.tabId);
    case 'audit:run':
      return auditTabNow(message.tabId);
    case 'page:highlight':
      return browser.tabs
        .sendMessage(message.tabId, { kind: 'page:highlight', target: message.target, label: message.label })
        .catch(() => ({ found: false }));
    case 'history:list':
      return historyIndex();
    case 'history:get':
      return listingHistory(message.key) satisfies Promise<HistoryRecord[]>;
    case 'settings:get':
      return loadSettings();
    case 'settings:changed':
      return syncEditorSites(await loadSettings());
  }
}
