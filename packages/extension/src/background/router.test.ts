// The router rejects messages from senders their kind does not accept, with a typed error and no side effect.
import { emptyListing } from '@revloop/core/listing';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const effects = vi.hoisted(() => ({
  sendMessage: vi.fn(async () => ({ found: true })),
  getTabAudit: vi.fn(async () => null),
  setTabAudit: vi.fn(async () => {}),
  setScoreBadge: vi.fn(async () => {}),
  setWallBadge: vi.fn(async () => {}),
  clearBadge: vi.fn(async () => {}),
  historyIndex: vi.fn(async () => []),
  listingHistory: vi.fn(async () => []),
  recordAudit: vi.fn(async () => ({ ok: true, evicted: [] })),
  auditTabNow: vi.fn(async () => null),
  syncEditorSites: vi.fn(async () => []),
  handleEditorLint: vi.fn(async () => ({ score: 100, findings: [] })),
  loadSettings: vi.fn(),
}));

vi.mock('../platform/browser.js', () => ({ browser: { tabs: { sendMessage: effects.sendMessage } } }));
vi.mock('./tab-audits.js', () => ({ getTabAudit: effects.getTabAudit, setTabAudit: effects.setTabAudit }));
vi.mock('./badge.js', () => ({
  setScoreBadge: effects.setScoreBadge,
  setWallBadge: effects.setWallBadge,
  clearBadge: effects.clearBadge,
}));
vi.mock('./history.js', () => ({
  historyIndex: effects.historyIndex,
  listingHistory: effects.listingHistory,
  recordAudit: effects.recordAudit,
}));
vi.mock('./on-demand.js', () => ({ auditTabNow: effects.auditTabNow }));
vi.mock('./editor-sites.js', () => ({ syncEditorSites: effects.syncEditorSites }));
vi.mock('../editor/background-lint.js', () => ({ handleEditorLint: effects.handleEditorLint }));
vi.mock('../settings/storage.js', () => ({ loadSettings: effects.loadSettings }));

const { handleMessage } = await import('./router.js');
const { defaultSettings } = await import('../settings/schema.js');

const self = { id: 'ourextensionid', origin: 'chrome-extension://ourextensionid' };
const PAGE_URL = 'https://www.amazon.com/dp/B0C7TRAIL1';
const panel = { id: self.id, url: `${self.origin}/panel.html` };
const content = { id: self.id, url: PAGE_URL, tab: { id: 4, url: PAGE_URL } };
const foreign = { id: 'someoneelse', url: 'chrome-extension://someoneelse/x.html' };
const listing = { ...emptyListing(PAGE_URL, 'amazon'), ids: { asin: 'B0C7TRAIL1' }, title: 'Boots' };

const MESSAGES = {
  'listing:extracted': { kind: 'listing:extracted', site: 'amazon', listing, extractMs: 3 },
  'listing:none': { kind: 'listing:none', url: PAGE_URL },
  'editor:score': { kind: 'editor:score', score: 80, problems: 1 },
  'editor:lint': { kind: 'editor:lint', text: 'hi', field: { key: 'body', role: 'generic' } },
  'settings:get': { kind: 'settings:get' },
  'audit:get': { kind: 'audit:get', tabId: 7 },
  'audit:run': { kind: 'audit:run', tabId: 7 },
  'page:highlight': { kind: 'page:highlight', tabId: 7, target: '#x', label: 'y' },
  'history:list': { kind: 'history:list' },
  'history:get': { kind: 'history:get', key: 'amazon:amazon.com:B0C7TRAIL1' },
  'settings:changed': { kind: 'settings:changed' },
} as const;

const PAGE_ONLY = ['audit:get', 'audit:run', 'page:highlight', 'history:list', 'history:get', 'settings:changed'];
const CONTENT_ONLY = ['listing:extracted', 'listing:none', 'editor:score', 'editor:lint'];

// settings:get is a read both roles may make; every other spy is a side effect or a data read.
const sideEffects = () =>
  Object.entries(effects)
    .filter(([name]) => name !== 'loadSettings')
    .flatMap(([name, fn]) => (fn.mock.calls.length > 0 ? [name] : []));

beforeEach(() => {
  for (const fn of Object.values(effects)) fn.mockClear();
  effects.loadSettings.mockImplementation(async () => defaultSettings());
});

describe('router sender checks', () => {
  it.each(PAGE_ONLY)('%s from a content script: typed error, nothing read or done', async (kind) => {
    const reply = await handleMessage(MESSAGES[kind as keyof typeof MESSAGES], content, self);
    expect(reply).toMatchObject({ code: 'forbidden-for-sender', kind });
    expect(sideEffects()).toEqual([]);
    expect(effects.loadSettings).not.toHaveBeenCalled();
  });

  it.each(CONTENT_ONLY)('%s from an extension page: typed error, nothing done', async (kind) => {
    const reply = await handleMessage(MESSAGES[kind as keyof typeof MESSAGES], panel, self);
    expect(reply).toMatchObject({ code: 'forbidden-for-sender', kind });
    expect(sideEffects()).toEqual([]);
  });

  it.each(Object.keys(MESSAGES))('%s from another extension: typed error, nothing done', async (kind) => {
    const reply = await handleMessage(MESSAGES[kind as keyof typeof MESSAGES], foreign, self);
    expect(reply).toMatchObject({ code: 'foreign-sender', kind });
    expect(sideEffects()).toEqual([]);
    expect(effects.loadSettings).not.toHaveBeenCalled();
  });

  it('answers allowed senders', async () => {
    expect(await handleMessage(MESSAGES['history:list'], panel, self)).toEqual([]);
    expect(effects.historyIndex).toHaveBeenCalledTimes(1);
    expect(await handleMessage(MESSAGES['listing:none'], content, self)).toEqual({ ok: true });
    // Always the sender's own tab.
    expect(effects.clearBadge).toHaveBeenCalledWith(4);
    expect(effects.setTabAudit).toHaveBeenCalledWith(4, null);
    expect(await handleMessage(MESSAGES['settings:get'], content, self)).toEqual(defaultSettings());
  });

  it('stores a listing under the sending tab and the page-scoped key', async () => {
    const reply = await handleMessage(MESSAGES['listing:extracted'], content, self);
    expect(reply).toMatchObject({ score: expect.any(Number), history: { ok: true } });
    expect(effects.setTabAudit).toHaveBeenCalledWith(
      4,
      expect.objectContaining({ key: 'amazon:amazon.com:B0C7TRAIL1' }),
    );
  });

  it('shows a scored listing on the badge and records it in history', async () => {
    await handleMessage(MESSAGES['listing:extracted'], content, self);
    expect(effects.setScoreBadge).toHaveBeenCalledWith(4, expect.any(Number), defaultSettings().thresholds);
    expect(effects.setWallBadge).not.toHaveBeenCalled();
    expect(effects.recordAudit).toHaveBeenCalledTimes(1);
  });

  it('never shows a walled page as a score: "?" badge, no history, no change against the last audit', async () => {
    const wall = { kind: 'bot-wall', evidence: 'the page says "robot check"' } as const;
    const last = { at: 1, score: 90, facts: {} };
    effects.listingHistory.mockImplementationOnce(async () => [last] as never);
    const reply = await handleMessage(
      { ...MESSAGES['listing:extracted'], listing: { ...listing, title: 'Robot Check', wall } },
      content,
      self,
    );
    expect(reply).toEqual({ score: null, scored: false, history: null });
    expect(effects.setWallBadge).toHaveBeenCalledWith(4, wall);
    expect(effects.setScoreBadge).not.toHaveBeenCalled();
    expect(effects.recordAudit).not.toHaveBeenCalled();
    const stored = (effects.setTabAudit.mock.calls[0] as unknown[])[1] as Record<string, unknown>;
    expect(stored).toMatchObject({ key: 'amazon:amazon.com:B0C7TRAIL1', report: { scored: false, wall } });
    expect(stored.previous).toBeUndefined();
  });

  it('rejects a listing whose URL is not on the sending page', async () => {
    const elsewhere = { ...content, url: 'https://evil.com/p', tab: { id: 4, url: 'https://evil.com/p' } };
    const reply = await handleMessage(MESSAGES['listing:extracted'], elsewhere, self);
    expect(reply).toMatchObject({ code: 'origin-mismatch', kind: 'listing:extracted' });
    expect(sideEffects()).toEqual([]);
  });

  it('reports invalid messages with a typed code', async () => {
    expect(await handleMessage({ kind: 'nope' }, panel, self)).toMatchObject({ code: 'invalid-message' });
  });
});
