// The per-tab record falls back to a trimmed copy when storage.session reports its quota exceeded.
import { emptyListing, type ListingReport } from '@revloop/core/listing';
import { describe, expect, it, vi } from 'vitest';
import type { AuditRecord } from '../audit/record.js';

vi.mock('../platform/browser.js', () => ({ browser: { storage: {} } }));
const { setTabAudit, TRIMMED_DESCRIPTION } = await import('./tab-audits.js');

const record = (): AuditRecord => ({
  key: 'generic:shop.example.com/p',
  site: 'generic',
  url: 'https://shop.example.com/p',
  at: 1,
  listing: {
    ...emptyListing('https://shop.example.com/p'),
    title: 'Boots',
    description: 'd'.repeat(2_000_000),
    structuredData: { jsonLd: [{ x: 'j'.repeat(1_000_000) }], microdata: [], openGraph: {} },
  },
  report: { score: 50, findings: [] } as unknown as ListingReport,
  timings: { extractMs: 1, auditMs: 1 },
});

function quotaArea(quota: number) {
  const data: Record<string, unknown> = {};
  return {
    data,
    set: vi.fn(async (items: Record<string, unknown>) => {
      if (JSON.stringify(items).length > quota) throw new Error('Session storage quota bytes exceeded.');
      Object.assign(data, items);
    }),
    remove: vi.fn(async () => {}),
  };
}

describe('setTabAudit', () => {
  it('stores the whole record when it fits', async () => {
    const area = quotaArea(10_000_000);
    await setTabAudit(4, record(), area);
    expect((area.data['tab:4'] as AuditRecord).listing.description).toHaveLength(2_000_000);
  });

  it('stores a trimmed record (report and title kept) when the quota is exceeded', async () => {
    const area = quotaArea(500_000);
    await setTabAudit(4, record(), area);
    const stored = area.data['tab:4'] as AuditRecord;
    expect(stored.listing.description).toHaveLength(TRIMMED_DESCRIPTION);
    expect(stored.listing.structuredData.jsonLd).toEqual([]);
    expect(stored.listing.title).toBe('Boots');
    expect(stored.report.score).toBe(50);
  });

  it('rethrows other storage errors', async () => {
    const area = quotaArea(0);
    area.set.mockRejectedValue(new Error('IO error'));
    await expect(setTabAudit(4, record(), area)).rejects.toThrow('IO error');
  });
});
