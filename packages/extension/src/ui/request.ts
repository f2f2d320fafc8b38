/** Typed requests from extension pages to the service worker; an error reply rejects instead of passing as data. */
import type { HistoryRecord } from '../audit/history-record.js';
import type { AuditRecord, HistoryEntry } from '../audit/record.js';
import type { ToBackground } from '../messages/to-background.js';
import { browser } from '../platform/browser.js';
import type { ExtensionSettings } from '../settings/schema.js';

interface Replies {
  'audit:get': AuditRecord | null;
  'audit:run': AuditRecord | null;
  'page:highlight': { found: boolean };
  'history:list': HistoryEntry[];
  'history:get': HistoryRecord[];
  'settings:changed': string[];
  'settings:get': ExtensionSettings;
  'listing:extracted': unknown;
  'listing:none': unknown;
  'editor:score': unknown;
  'editor:lint': unknown;
}

/** The router's typed error replies (`{ error, code }`, see background/router.ts). */
export function isErrorReply(reply: unknown): reply is { error: string; code?: string } {
  return typeof reply === 'object' && reply !== null && typeof (reply as { error?: unknown }).error === 'string';
}

export async function request<M extends ToBackground>(message: M): Promise<Replies[M['kind']]> {
  const reply = await browser.runtime.sendMessage(message);
  if (isErrorReply(reply)) throw new Error(reply.error);
  return reply as Replies[M['kind']];
}
