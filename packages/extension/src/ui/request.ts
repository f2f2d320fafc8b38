/** Typed requests from extension pages to the service worker. */
import type { AuditRecord, HistoryEntry } from '../audit/record.js';
import type { ToBackground } from '../messages/to-background.js';
import { browser } from '../platform/browser.js';
import type { ExtensionSettings } from '../settings/schema.js';

interface Replies {
  'audit:get': AuditRecord | null;
  'audit:run': AuditRecord | null;
  'page:highlight': { found: boolean };
  'history:list': HistoryEntry[];
  'history:get': AuditRecord[];
  'settings:changed': string[];
  'settings:get': ExtensionSettings;
  'listing:extracted': unknown;
  'listing:none': unknown;
  'editor:score': unknown;
  'editor:lint': unknown;
}

export function request<M extends ToBackground>(message: M): Promise<Replies[M['kind']]> {
  return browser.runtime.sendMessage(message) as Promise<Replies[M['kind']]>;
}
