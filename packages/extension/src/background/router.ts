/** Service-worker message router: validates every message with zod, then dispatches by `kind`. */
import { type AuditRecord, listingKey } from '../audit/record.js';
import { handleEditorLint } from '../editor/background-lint.js';
import { parseToBackground, type ToBackground } from '../messages/to-background.js';
import { browser, type Runtime } from '../platform/browser.js';
import { loadSettings } from '../settings/storage.js';
import { buildRecord } from './audit.js';
import { clearBadge, setScoreBadge } from './badge.js';
import { syncEditorSites } from './editor-sites.js';
import { historyIndex, listingHistory, recordAudit } from './history.js';
import { auditTabNow } from './on-demand.js';
import { getTabAudit, setTabAudit } from './tab-audits.js';

async function onListing(message: Extract<ToBackground, { kind: 'listing:extracted' }>, tabId: number) {
  const settings = await loadSettings();
  const [last] = await listingHistory(listingKey(message.listing));
  const record = buildRecord(message, settings, last);
  await setTabAudit(tabId, record);
  await setScoreBadge(tabId, record.report.score, settings.thresholds);
  await recordAudit(record);
  return { score: record.report.score };
}

export async function handleMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const parsed = parseToBackground(raw);
  if (!parsed.ok) return { error: `invalid message: ${parsed.error}` };
  const message = parsed.message;
  const tabId = sender.tab?.id;
  switch (message.kind) {
    case 'listing:extracted':
      if (tabId === undefined) return { error: 'listing from outside a tab' };
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
      return listingHistory(message.key) satisfies Promise<AuditRecord[]>;
    case 'settings:get':
      return loadSettings();
    case 'settings:changed':
      return syncEditorSites(await loadSettings());
  }
}
