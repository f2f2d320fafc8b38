/** "What changed" since the previous audit of the same listing (from core's diffListings). */
import type { AuditRecord, ListingChange } from '../audit/record.js';
import { isScored } from '../audit/wall-notice.js';
import { t } from '../ui/i18n.js';

const short = (v: unknown): string => {
  if (v === null || v === undefined) return '—';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
};

export function ChangeList({ changes }: { changes: ListingChange[] }) {
  return (
    <ul class="changes" data-testid="changes">
      {changes.map((c, i) => (
        <li key={`${c.field}-${i}`} data-field={c.field} data-kind={c.kind}>
          <b>{c.field}</b> <span class="muted">({c.kind})</span>: <code>{short(c.before)}</code> →{' '}
          <code>{short(c.after)}</code>
        </li>
      ))}
    </ul>
  );
}

export function Changes({ record }: { record: AuditRecord }) {
  // A walled page's 0 is not a score: it is never a delta (the panel shows its notice instead).
  if (!isScored(record.report)) return null;
  const prev = record.previous;
  if (!prev) return <p class="muted">{t('firstVisit')}</p>;
  const when = new Date(prev.at).toLocaleString();
  const delta = record.report.score - prev.score;
  return (
    <div data-testid="what-changed">
      <h3>{t('whatChanged', when)}</h3>
      <p>
        Score {prev.score} → {record.report.score}{' '}
        <span class={delta >= 0 ? 'ok' : 'over'}>
          ({delta >= 0 ? '+' : ''}
          {delta})
        </span>
      </p>
      {prev.changes.length === 0 ? <p class="muted">{t('nothingChanged')}</p> : <ChangeList changes={prev.changes} />}
    </div>
  );
}
