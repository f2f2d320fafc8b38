/** Who may send which message to the service worker: extension pages, content scripts, or both; checked per kind. */
import type { ToBackgroundKind } from '../messages/to-background.js';

export type SenderRole = 'extension-page' | 'content-script';

/**
 * Panel/options requests read history, other tabs' audits and settings, or act on any tab: extension pages only.
 * Page reports carry no tab id; they always concern `sender.tab`, so a content script can only write about its own tab.
 */
export const SENDER_POLICY: Record<ToBackgroundKind, readonly SenderRole[]> = {
  'listing:extracted': ['content-script'],
  'listing:none': ['content-script'],
  'editor:score': ['content-script'],
  'editor:lint': ['content-script'],
  // Content scripts need the (migrated) settings to run; extension pages may read them too.
  'settings:get': ['content-script', 'extension-page'],
  'audit:get': ['extension-page'],
  'audit:run': ['extension-page'],
  'page:highlight': ['extension-page'],
  'history:list': ['extension-page'],
  'history:get': ['extension-page'],
  'settings:changed': ['extension-page'],
};

/** The parts of `runtime.MessageSender` the policy reads (plain objects in tests). */
export interface SenderLike {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined; url?: string | undefined } | undefined;
}

/** This extension: its id and its pages' origin (`chrome-extension://<id>` / `moz-extension://<uuid>`). */
export interface SelfIdentity {
  id: string;
  origin: string;
}

export type ForbiddenCode = 'foreign-sender' | 'unknown-sender' | 'forbidden-for-sender';

/** The typed error every rejected message gets back; nothing else happens for it. */
export interface ForbiddenReply {
  error: string;
  code: ForbiddenCode;
  kind: string;
}

const onOrigin = (url: string | undefined, origin: string): boolean =>
  url !== undefined && (url === origin || url.startsWith(`${origin}/`));

/**
 * Extension page: a frame on our own origin (extension pages are not web-accessible, so no web page can frame one),
 * outside any tab (side panel, popup) or in a tab that shows our page. Content script: in a tab, on a web page.
 */
export function senderRole(sender: SenderLike, self: SelfIdentity): SenderRole | null {
  if (sender.id !== self.id) return null;
  if (onOrigin(sender.url, self.origin)) {
    if (!sender.tab || sender.tab.url === undefined || onOrigin(sender.tab.url, self.origin)) return 'extension-page';
    return null;
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || sender.url === undefined) return null;
  return /^https?:/i.test(sender.url) ? 'content-script' : null;
}

export type SenderCheck =
  | { ok: true; role: 'extension-page' }
  | { ok: true; role: 'content-script'; tabId: number; pageUrl: string }
  | { ok: false; reply: ForbiddenReply };

export function checkSender(kind: ToBackgroundKind, sender: SenderLike, self: SelfIdentity): SenderCheck {
  const deny = (code: ForbiddenCode, error: string): SenderCheck => ({ ok: false, reply: { error, code, kind } });
  if (sender.id !== self.id) return deny('foreign-sender', `${kind}: sender is not this extension`);
  const role = senderRole(sender, self);
  if (!role) return deny('unknown-sender', `${kind}: sender is neither an extension page nor a content script`);
  if (!SENDER_POLICY[kind].includes(role))
    return deny('forbidden-for-sender', `${kind} is not accepted from a ${role}`);
  if (role === 'content-script') return { ok: true, role, tabId: sender.tab!.id!, pageUrl: sender.url! };
  return { ok: true, role };
}
