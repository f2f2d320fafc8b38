/** The rows of the compare table: one metric per row, one value per audited listing. */
import type { AuditRecord } from '../audit/record.js';

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

export function compareRows(records: readonly AuditRecord[]): CompareRow[] {
  const num = (
    label: string,
    pick: (r: AuditRecord) => number | null,
    better: 'high' | 'low' | 'none' = 'high',
  ): CompareRow => {
    const raw = records.map(pick);
    const row: CompareRow = { label, values: raw.map((v) => (v === null ? '—' : String(v))) };
    if (better === 'none' || raw.some((v) => v === null)) return row;
    const best = bestOf(raw as number[], better === 'high');
    if (best !== undefined) row.best = best;
    return row;
  };
  const categories = [...new Set(records.flatMap((r) => Object.keys(r.report.categories)))];
  return [
    { label: 'Site', values: records.map((r) => r.site) },
    num('Score', (r) => r.report.score),
    ...categories.map((c) => num(`· ${c}`, (r) => r.report.categories[c as keyof typeof r.report.categories] ?? null)),
    num('Errors', (r) => r.report.counts.error, 'low'),
    num('Warnings', (r) => r.report.counts.warning, 'low'),
    num('Title length', (r) => r.listing.title?.length ?? 0, 'none'),
    num('Bullets', (r) => r.listing.bullets.length),
    num('Images', (r) => r.listing.images.length),
    num('Videos', (r) => r.listing.videoCount),
    { label: 'A+', values: records.map((r) => (r.listing.hasAPlus ? 'yes' : 'no')) },
    num('Rating', (r) => r.listing.rating),
    num('Reviews', (r) => r.listing.reviewCount),
    {
      label: 'Price',
      values: records.map((r) => (r.listing.price ? `${r.listing.price.amount} ${r.listing.price.currency}` : '—')),
    },
  ];
}
