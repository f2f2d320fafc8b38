// Message schemas both ways, and the content script's check that a message comes from our own service worker.
import { emptyListing } from '@revloop/core/listing';
import { describe, expect, it } from 'vitest';
import { parseToBackground } from './to-background.js';
import { isFromOwnExtension, parseToContent } from './to-content.js';

describe('messages to the service worker', () => {
  it('accepts each well-formed kind', () => {
    const listing = emptyListing('https://www.amazon.com/dp/B000000001', 'amazon');
    for (const m of [
      { kind: 'listing:extracted', site: 'amazon', listing, extractMs: 3.2 },
      { kind: 'listing:none', url: 'https://example.com/' },
      { kind: 'audit:get', tabId: 4 },
      { kind: 'audit:run', tabId: 4 },
      { kind: 'page:highlight', tabId: 4, target: '#productTitle', label: 'Title too long' },
      { kind: 'history:list' },
      { kind: 'history:get', key: 'amazon:B000000001' },
      { kind: 'settings:get' },
      { kind: 'settings:changed' },
    ]) {
      const r = parseToBackground(m);
      expect(r.ok, JSON.stringify(r)).toBe(true);
    }
  });

  it('rejects unknown kinds, missing fields and malformed listings with the bad path', () => {
    expect(parseToBackground({ kind: 'nope' }).ok).toBe(false);
    expect(parseToBackground({ kind: 'audit:get' }).ok).toBe(false);
    expect(parseToBackground({ kind: 'audit:get', tabId: -1 }).ok).toBe(false);
    const bad = parseToBackground({ kind: 'listing:extracted', site: 'amazon', listing: { title: 3 }, extractMs: 1 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('listing');
    expect(parseToBackground(null).ok).toBe(false);
  });
});

describe('messages to the content script', () => {
  it('parses highlight requests and drops everything else', () => {
    expect(parseToContent({ kind: 'page:highlight', target: '#x', label: 'y' })).toEqual({
      kind: 'page:highlight',
      target: '#x',
      label: 'y',
    });
    expect(parseToContent({ kind: 'page:highlight', target: '', label: 'y' })).toBeNull();
    expect(parseToContent({ kind: 'eval', code: 'alert(1)' })).toBeNull();
    expect(parseToContent('page:audit')).toBeNull();
  });
});

describe('content script sender check', () => {
  it.each([
    ['our service worker', { id: 'ours', url: 'chrome-extension://ours/background.js' }, true],
    ['our service worker (no url)', { id: 'ours' }, true],
    ['another extension', { id: 'theirs', url: 'chrome-extension://theirs/background.js' }, false],
    ['no id', { url: 'https://evil.com/' }, false],
    ['a content script in a tab', { id: 'ours', url: 'https://evil.com/', tab: { id: 3 } }, false],
  ])('%s → %s', (_name, sender, ok) => {
    expect(isFromOwnExtension(sender, 'ours')).toBe(ok);
  });
});
