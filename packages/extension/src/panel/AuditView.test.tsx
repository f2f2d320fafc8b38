/** AuditView: a walled page shows a plain-text notice instead of a score ring; a scored page shows its score. */
// @vitest-environment happy-dom
import { auditListing, emptyListing, type Listing } from '@revloop/core/listing';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditRecord } from '../audit/record.js';

const state = vi.hoisted(() => ({ record: null as AuditRecord | null }));
vi.mock('../platform/browser.js', () => ({ browser: { i18n: { getMessage: () => '' } } }));
vi.mock('./use-audit.js', () => ({
  useTabAudit: () => ({ record: state.record, loading: false, error: null, run: async () => {} }),
}));
const { AuditView } = await import('./AuditView.js');

const URL_ = 'https://shop.example.com/p/kettle';

function recordOf(listing: Listing): AuditRecord {
  return {
    key: 'generic:shop.example.com/p/kettle',
    site: 'generic',
    url: URL_,
    at: 1,
    listing,
    report: auditListing(listing, { copy: false }),
    timings: { extractMs: 1, auditMs: 1 },
    previous: { at: 0, score: 90, changes: [] },
  };
}

function show(record: AuditRecord): HTMLElement {
  state.record = record;
  const root = document.createElement('div');
  document.body.append(root);
  render(<AuditView tabId={7} />, root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('AuditView', () => {
  it('shows a walled page as "not a product page", as text, with no score, categories, findings or delta', () => {
    const evidence = 'the page says "<img src=x onerror=alert(1)>"';
    const listing = { ...emptyListing(URL_), title: 'Just a moment...', wall: { kind: 'bot-wall', evidence } } as const;
    const root = show(recordOf(listing));
    const notice = root.querySelector('[data-testid="wall-notice"]');
    expect(notice?.textContent).toBe(
      'This is not a product page: the page says "<img src=x onerror=alert(1)>" (bot check). Nothing was scored.',
    );
    // Page-derived evidence is a text node, never markup.
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.score-ring')).toBeNull();
    expect(root.querySelector('[data-testid="score-card"]')).toBeNull();
    expect(root.querySelector('[data-testid="what-changed"]')).toBeNull();
    expect(root.querySelector('[data-testid="findings"]')).toBeNull();
    expect(root.textContent).not.toContain('Score');
    expect(root.querySelector('[data-testid="export"]')).not.toBeNull();
  });

  it('shows a product page with its score ring and the delta since the last audit', () => {
    const listing = { ...emptyListing(URL_), title: 'Kettle' };
    const record = recordOf(listing);
    const root = show(record);
    expect(record.report.scored).toBe(true);
    expect(root.querySelector('.score-ring')?.getAttribute('data-score')).toBe(String(record.report.score));
    expect(root.querySelector('[data-testid="what-changed"]')?.textContent).toContain(
      `Score 90 → ${record.report.score}`,
    );
    expect(root.querySelector('[data-testid="wall-notice"]')).toBeNull();
  });
});
