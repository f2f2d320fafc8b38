// History caps: compact records, per-listing, listing-count and byte caps (oldest evicted first), quota errors.
import { emptyListing, type Listing, type ListingReport } from '@revloop/core/listing';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../platform/browser.js', () => ({ browser: {} }));
const { historyBytes, historyIndex, listingHistory, MAX_HISTORY_BYTES, planEviction, recordAudit } = await import(
  './history.js'
);
const { MAX_RECORD_BYTES, jsonBytes } = await import('../audit/history-record.js');

/** An in-memory storage.local with Chrome's quota rule (JSON of every value plus the key lengths). */
function memoryArea(quota = Number.POSITIVE_INFINITY) {
  const data: Record<string, unknown> = {};
  const used = () => Object.entries(data).reduce((n, [k, v]) => n + k.length + jsonBytes(v), 0);
  return {
    data,
    used,
    failNextSets: 0,
    get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    async set(items: Record<string, unknown>) {
      const before = { ...data };
      Object.assign(data, structuredClone(items));
      if (this.failNextSets > 0 || used() > quota) {
        if (this.failNextSets > 0) this.failNextSets -= 1;
        for (const k of Object.keys(data)) delete data[k];
        Object.assign(data, before);
        throw new Error('QUOTA_BYTES quota exceeded');
      }
    },
    remove: async (keys: string | string[]) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

const report = {
  score: 70,
  band: 'fair',
  findings: [],
  counts: { error: 1, warning: 2, info: 0 },
  categories: { title: 80 },
};

function audit(n: number, over: Partial<Listing> = {}, at = 1_000 + n) {
  const url = `https://shop.example.com/p/${n}`;
  const listing = { ...emptyListing(url, 'generic'), title: `Product ${n}`, ...over };
  return {
    key: `generic:shop.example.com/p/${n}`,
    site: 'generic',
    url,
    at,
    listing,
    report: { ...report, findings: [] } as unknown as ListingReport,
    timings: { extractMs: 1, auditMs: 1 },
  };
}

const huge = (n: number) =>
  audit(n, {
    description: 'Lorem ipsum dolor sit amet. '.repeat(40_000),
    bullets: Array.from({ length: 500 }, (_, i) => `Bullet ${i} ${'x'.repeat(5_000)}`),
    images: Array.from({ length: 3_000 }, (_, i) => ({
      url: `https://cdn.example.com/${i}.jpg`,
      alt: 'y'.repeat(500),
    })),
    breadcrumbs: Array.from({ length: 200 }, () => 'z'.repeat(1_000)),
    title: 'T'.repeat(50_000),
    structuredData: { jsonLd: [{ blob: 'j'.repeat(500_000) }], microdata: [], openGraph: {} },
  });

describe('history record size', () => {
  it('stores a compact summary of a 1 MB+ page, not the page', async () => {
    const big = huge(1);
    expect(jsonBytes(big)).toBeGreaterThan(1_000_000);
    const area = memoryArea();
    expect(await recordAudit(big, area)).toEqual({ ok: true, evicted: [] });
    const [stored] = await listingHistory(big.key, area);
    expect(jsonBytes(stored)).toBeLessThanOrEqual(MAX_RECORD_BYTES);
    expect(stored).not.toHaveProperty('listing');
    expect(stored!.facts.description).toMatch(/^1120000 characters \(#[0-9a-f]{8}\)$/);
    expect(stored!.facts.imageCount).toBe(3_000);
    expect(stored!.facts.bullets.length).toBeLessThanOrEqual(20);
    expect(area.used()).toBeLessThan(2 * MAX_RECORD_BYTES);
  });

  it('keeps at most 10 audits per listing, newest first', async () => {
    const area = memoryArea();
    for (let i = 0; i < 14; i++) await recordAudit({ ...audit(1), at: 1_000 + i }, area);
    const audits = await listingHistory(audit(1).key, area);
    expect(audits.map((a) => a.at)).toEqual([1013, 1012, 1011, 1010, 1009, 1008, 1007, 1006, 1005, 1004]);
    expect((await historyIndex(area))[0]).toMatchObject({ audits: 10, score: 70 });
  });
});

describe('walled pages', () => {
  it('never stores a walled page: its 0 is not a score, so history shows no change for it', async () => {
    const area = memoryArea();
    await recordAudit(audit(1), area);
    const walled = audit(1, { wall: { kind: 'bot-wall', evidence: 'the page says "robot check"' } }, 5_000);
    walled.report = { ...walled.report, score: 0, scored: false, wall: walled.listing.wall } as ListingReport;
    expect(await recordAudit(walled, area)).toEqual({ ok: true, evicted: [], skipped: 'not-scored' });
    expect((await listingHistory(walled.key, area)).map((a) => [a.at, a.score])).toEqual([[1_001, 70]]);
    expect(await historyIndex(area)).toEqual([expect.objectContaining({ key: walled.key, score: 70, audits: 1 })]);
  });
});

describe('history caps', () => {
  it('keeps at most the listing cap, evicting the oldest listings and their records', async () => {
    const area = memoryArea();
    const limits = { audits: 10, listings: 3, bytes: MAX_HISTORY_BYTES };
    for (let n = 1; n <= 5; n++) await recordAudit(audit(n), area, limits);
    expect((await historyIndex(area)).map((e) => e.key)).toEqual([5, 4, 3].map((n) => audit(n).key));
    expect(
      Object.keys(area.data)
        .filter((k) => k.startsWith('history:'))
        .sort(),
    ).toEqual([3, 4, 5].map((n) => `history:${audit(n).key}`));
  });

  it('keeps history under the byte cap, oldest listings evicted first', async () => {
    const area = memoryArea();
    const limits = { audits: 10, listings: 100, bytes: 60_000 };
    for (let n = 1; n <= 40; n++) {
      const r = await recordAudit(huge(n), area, limits);
      expect(r.ok).toBe(true);
      const index = await historyIndex(area);
      expect(historyBytes(index)).toBeLessThanOrEqual(limits.bytes);
      expect(area.used()).toBeLessThanOrEqual(limits.bytes + 200);
    }
    const keys = (await historyIndex(area)).map((e) => e.key);
    // A contiguous run of the newest listings.
    expect(keys[0]).toBe(huge(40).key);
    expect(keys).toEqual(keys.map((_, i) => huge(40 - i).key));
    expect(keys.length).toBeGreaterThan(1);
    expect(keys.length).toBeLessThan(40);
  });

  it('accounts the index and each listing the way storage does', async () => {
    const area = memoryArea();
    for (let n = 1; n <= 5; n++) await recordAudit(audit(n), area);
    expect(historyBytes(await historyIndex(area))).toBe(area.used());
  });

  it('evicts pre-compact entries (no size) and never the listing just audited', () => {
    const e = (key: string, bytes?: number) => ({
      key,
      site: 's',
      url: 'u',
      title: null,
      at: 1,
      score: 1,
      audits: 1,
      bytes,
    });
    const plan = planEviction([e('new', 10_000_000), e('old-format'), e('a', 10), e('b', 10)], {
      listings: 10,
      bytes: 1_000,
    });
    expect(plan.kept.map((x) => x.key)).toEqual(['new']);
    expect(plan.evicted.map((x) => x.key)).toEqual(['old-format', 'a', 'b']);
    const ok = planEviction([e('new', 10), e('old-format'), e('a', 10), e('b', 10)], { listings: 10, bytes: 10_000 });
    expect(ok.kept.map((x) => x.key)).toEqual(['new', 'a', 'b']);
  });
});

describe('storage quota errors', () => {
  it('evicts older listings and retries once when storage.local reports QUOTA_BYTES', async () => {
    const area = memoryArea();
    for (let n = 1; n <= 6; n++) await recordAudit(audit(n), area);
    area.failNextSets = 1;
    const r = await recordAudit(audit(7), area);
    expect(r.ok).toBe(true);
    expect(r.evicted).toEqual([3, 2, 1].map((n) => audit(n).key));
    expect((await historyIndex(area)).map((e) => e.key)).toEqual([7, 6, 5, 4].map((n) => audit(n).key));
    expect(area.data).not.toHaveProperty(`history:${audit(1).key}`);
  });

  it('reports, without throwing, when the retry fails too', async () => {
    const area = memoryArea();
    for (let n = 1; n <= 3; n++) await recordAudit(audit(n), area);
    area.failNextSets = 2;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const r = await recordAudit(audit(4), area);
    warn.mockRestore();
    expect(r).toMatchObject({ ok: false, code: 'quota-exceeded', error: expect.stringContaining('QUOTA_BYTES') });
  });

  it('fits a real quota: other data fills storage, history makes room', async () => {
    const area = memoryArea(60_000);
    area.data.linkHistory = 'l'.repeat(40_000);
    for (let n = 1; n <= 30; n++) {
      const r = await recordAudit(audit(n, { bullets: Array.from({ length: 20 }, () => 'b'.repeat(100)) }), area);
      expect(r.ok).toBe(true);
    }
    expect(area.used()).toBeLessThanOrEqual(60_000);
    expect((await historyIndex(area))[0]!.key).toBe(audit(30).key);
  });

  it('rethrows errors that are not about quota', async () => {
    const area = memoryArea();
    area.set = async () => {
      throw new Error('IO error');
    };
    await expect(recordAudit(audit(1), area)).rejects.toThrow('IO error');
  });
});
