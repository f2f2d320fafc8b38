/** Compare view: pick two or more audited listings (for example yours and a competitor's) and see them side by side. */
import { useEffect, useState } from 'preact/hooks';
import type { HistoryRecord } from '../audit/history-record.js';
import { t } from '../ui/i18n.js';
import { request } from '../ui/request.js';
import { compareRows } from './compare-rows.js';
import { useHistoryIndex } from './use-history.js';

export function CompareView() {
  const entries = useHistoryIndex();
  const [picked, setPicked] = useState<string[]>([]);
  const [records, setRecords] = useState<HistoryRecord[]>([]);
  useEffect(() => {
    if (picked.length === 0) return setRecords([]);
    void Promise.all(picked.map((key) => request({ kind: 'history:get', key }).catch(() => []))).then((all) =>
      setRecords(all.map((list) => list[0]).filter((r): r is HistoryRecord => !!r)),
    );
  }, [picked]);
  if (entries.length < 2) return <p class="card muted">{t('compareNothing')}</p>;
  const toggle = (key: string) => setPicked((p) => (p.includes(key) ? p.filter((k) => k !== key) : [...p, key]));
  return (
    <>
      <section class="card">
        <h3>{t('compareHint')}</h3>
        {entries.map((e) => (
          <label key={e.key} class="row" style={{ fontWeight: 400, color: 'inherit', flexWrap: 'nowrap' }}>
            <input
              type="checkbox"
              style={{ width: 'auto' }}
              checked={picked.includes(e.key)}
              onChange={() => toggle(e.key)}
              data-key={e.key}
            />
            <span style={{ flex: 1, minWidth: 0 }}>
              <b>{e.score}</b> {e.title ?? e.url} <span class="muted">({e.site})</span>
            </span>
          </label>
        ))}
      </section>
      {records.length >= 2 && (
        <section class="card" style={{ overflowX: 'auto' }}>
          <table data-testid="compare-table">
            <thead>
              <tr>
                <th />
                {records.map((r) => (
                  <th key={r.key} title={r.url}>
                    {(r.facts.title ?? r.url).slice(0, 40)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {compareRows(records).map((row) => (
                <tr key={row.label}>
                  <th>{row.label}</th>
                  {row.values.map((v, i) => (
                    <td key={`${row.label}-${i}`} class={row.best === i ? 'ok' : ''}>
                      {v}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
