// Compare table rows from compact history records: values per listing and which one is best.
import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../audit/history-record.js';
import { compareRows } from './compare-rows.js';

const rec = (score: number, errors: number, title: string, images: number) =>
  ({
    site: 'amazon',
    score,
    counts: { error: errors, warning: 0, info: 0 },
    categories: { title: score },
    facts: {
      title,
      bullets: [],
      imageCount: images,
      videoCount: 0,
      hasAPlus: false,
      rating: null,
      reviewCount: null,
      price: null,
    },
  }) as unknown as HistoryRecord;

describe('compare rows', () => {
  it('marks the best value where "best" means something', () => {
    const rows = compareRows([rec(60, 3, 'short', 2), rec(90, 1, 'a much longer title', 7)]);
    const by = (label: string) => rows.find((r) => r.label === label)!;
    expect(by('Score')).toMatchObject({ values: ['60', '90'], best: 1 });
    expect(by('Errors')).toMatchObject({ values: ['3', '1'], best: 1 });
    expect(by('Images').best).toBe(1);
    expect(by('Title length').best).toBeUndefined();
    expect(by('Rating')).toMatchObject({ values: ['—', '—'] });
    expect(by('Rating').best).toBeUndefined();
  });
});
