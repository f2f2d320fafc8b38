/** The rows of the compare table: one metric per row, one value per audited listing. */
import type { HistoryRecord } from '../audit/history-record.js';

export interface CompareRow {
  label: string;
  values: string[];
  /** Index of the best value, when "best" is meaningful (higher score, more images…). */
  best?: number;
}

function bestOf(values: number[], higherIsBetter = true): number | undefined {
  if (values.length < 2 || values.every((v) => v === values[0])) return undefined;
  const target = higherIsBetter ? Math.max(...values) : Math.min(...values);
  return values.indexOf(target);
}

export function compareRows(records: readonly HistoryRecord[]): CompareRow[] {
  const num = (
    label: string,
    pick: (r: HistoryRecord) => number | null,
    better: 'high' | 'low' | 'none' = 'high',
  ): CompareRow => {
    const raw = records.map(pick);
    const row: CompareRow = { label, values: raw.map((v) => (v === null ? '—' : String(v))) };
    if (better === 'none' || raw.some((v) => v === null)) return row;
    const best = bestOf(raw as number[], better === 'high');
    if (best !== undefined) row.best = best;
    return row;
  };
  const categories = [...new Set(records.flatMap((r) => Object.keys(r.categories)))];
  return [
    { label: 'Site', values: records.map((r) => r.site) },
    num('Score', (r) => r.score),
    ...categories.map((c) => num(`· ${c}`, (r) => r.categories[c] ?? null)),
    num('Errors', (r) => r.counts.error, 'low'),
    num('Warnings', (r) => r.counts.warning, 'low'),
    // Stored titles are capped (history-record.ts), so very long titles show the cap.
    num('Title length', (r) => r.facts.title?.length ?? 0, 'none'),
    num('Bullets', (r) => r.facts.bullets.length),
    num('Images', (r) => r.facts.imageCount),
    num('Videos', (r) => r.facts.videoCount),
    { label: 'A+', values: records.map((r) => (r.facts.hasAPlus ? 'yes' : 'no')) },
    num('Rating', (r) => r.facts.rating),
    num('Reviews', (r) => r.facts.reviewCount),
    {
      label: 'Price',
      values: records.map((r) => (r.facts.price ? `${r.facts.price.amount} ${r.facts.price.currency}` : '—')),
    },
  ];
}
