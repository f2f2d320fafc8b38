// Table tests of the service worker's sender policy: every message kind against every kind of sender.
import { describe, expect, it } from 'vitest';
import type { ToBackgroundKind } from '../messages/to-background.js';
import { checkSender, SENDER_POLICY, type SenderLike, senderRole } from './sender-policy.js';

const self = { id: 'ourextensionid', origin: 'chrome-extension://ourextensionid' };

/** Plain sender objects as Chrome and Firefox fill them in. */
const SENDERS = {
  sidePanel: { id: self.id, url: `${self.origin}/panel.html?tab=4` },
  popupFirefox: { id: self.id, url: `${self.origin}/panel.html` },
  panelInTab: {
    id: self.id,
    url: `${self.origin}/panel.html?tab=4`,
    tab: { id: 9, url: `${self.origin}/panel.html?tab=4` },
  },
  optionsInTabNoUrl: { id: self.id, url: `${self.origin}/options.html`, tab: { id: 10 } },
  contentScript: {
    id: self.id,
    url: 'https://www.amazon.com/dp/B0C7TRAIL1',
    tab: { id: 4, url: 'https://www.amazon.com/dp/B0C7TRAIL1' },
  },
  otherExtension: { id: 'someoneelse', url: 'chrome-extension://someoneelse/page.html' },
  otherExtensionContent: { id: 'someoneelse', url: 'https://www.amazon.com/', tab: { id: 4 } },
  noId: { url: `${self.origin}/panel.html` },
  extensionUrlInWebTab: { id: self.id, url: `${self.origin}/panel.html`, tab: { id: 4, url: 'https://evil.com/' } },
  lookalikeOrigin: { id: self.id, url: `${self.origin}.evil.com/panel.html` },
  contentNoTab: { id: self.id, url: 'https://www.amazon.com/dp/B0C7TRAIL1' },
  contentNoUrl: { id: self.id, tab: { id: 4 } },
  contentBadTabId: { id: self.id, url: 'https://www.amazon.com/', tab: { id: -1 } },
  contentOnFile: { id: self.id, url: 'file:///tmp/x.html', tab: { id: 4 } },
} satisfies Record<string, SenderLike>;

const PAGE_ONLY: ToBackgroundKind[] = [
  'audit:get',
  'audit:run',
  'page:highlight',
  'history:list',
  'history:get',
  'settings:changed',
];
const CONTENT_ONLY: ToBackgroundKind[] = ['listing:extracted', 'listing:none', 'editor:score', 'editor:lint'];
const BOTH: ToBackgroundKind[] = ['settings:get'];

describe('senderRole', () => {
  it.each([
    ['sidePanel', 'extension-page'],
    ['popupFirefox', 'extension-page'],
    ['panelInTab', 'extension-page'],
    ['optionsInTabNoUrl', 'extension-page'],
    ['contentScript', 'content-script'],
    ['otherExtension', null],
    ['otherExtensionContent', null],
    ['noId', null],
    ['extensionUrlInWebTab', null],
    ['lookalikeOrigin', null],
    ['contentNoTab', null],
    ['contentNoUrl', null],
    ['contentBadTabId', null],
    ['contentOnFile', null],
  ] as const)('%s → %s', (name, role) => {
    expect(senderRole(SENDERS[name], self)).toBe(role);
  });
});

describe('checkSender per message kind', () => {
  it('covers every kind exactly once', () => {
    expect([...PAGE_ONLY, ...CONTENT_ONLY, ...BOTH].sort()).toEqual(Object.keys(SENDER_POLICY).sort());
  });

  const table: [ToBackgroundKind, keyof typeof SENDERS, boolean][] = [];
  for (const kind of PAGE_ONLY) {
    table.push([kind, 'sidePanel', true], [kind, 'panelInTab', true], [kind, 'contentScript', false]);
  }
  for (const kind of CONTENT_ONLY) {
    table.push([kind, 'contentScript', true], [kind, 'sidePanel', false], [kind, 'panelInTab', false]);
  }
  for (const kind of BOTH) table.push([kind, 'contentScript', true], [kind, 'sidePanel', true]);
  for (const kind of Object.keys(SENDER_POLICY) as ToBackgroundKind[]) {
    table.push([kind, 'otherExtension', false], [kind, 'otherExtensionContent', false], [kind, 'noId', false]);
    table.push([kind, 'extensionUrlInWebTab', false], [kind, 'contentNoTab', false]);
  }

  it.each(table)('%s from %s → allowed %s', (kind, name, allowed) => {
    const r = checkSender(kind, SENDERS[name], self);
    expect(r.ok).toBe(allowed);
    if (!r.ok) {
      expect(r.reply.kind).toBe(kind);
      expect(['foreign-sender', 'unknown-sender', 'forbidden-for-sender']).toContain(r.reply.code);
      expect(r.reply.error).toContain(kind);
    }
  });

  it('names the reason in a typed code', () => {
    const code = (kind: ToBackgroundKind, name: keyof typeof SENDERS) => {
      const r = checkSender(kind, SENDERS[name], self);
      return r.ok ? 'ok' : r.reply.code;
    };
    expect(code('history:list', 'otherExtension')).toBe('foreign-sender');
    expect(code('history:list', 'extensionUrlInWebTab')).toBe('unknown-sender');
    expect(code('history:list', 'contentScript')).toBe('forbidden-for-sender');
    expect(code('listing:extracted', 'sidePanel')).toBe('forbidden-for-sender');
  });

  it("binds a content script's reports to its own tab and page", () => {
    const r = checkSender('listing:none', SENDERS.contentScript, self);
    expect(r).toEqual({
      ok: true,
      role: 'content-script',
      tabId: 4,
      pageUrl: 'https://www.amazon.com/dp/B0C7TRAIL1',
    });
  });
});
