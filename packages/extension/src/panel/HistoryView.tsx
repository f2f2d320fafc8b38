/** Local history: every audited listing (latest first); expand one to see its past scores and what changed between them. */
import { useState } from 'preact/hooks';
import { diffFacts, type HistoryRecord } from '../audit/history-record.js';
import { t } from '../ui/i18n.js';
import { request } from '../ui/request.js';
import { ChangeList } from './Changes.js';
import { useHistoryIndex } from './use-history.js';

export function HistoryView() {
  const entries = useHistoryIndex();
  const [open, setOpen] = useState<{ key: string; audits: HistoryRecord[] } | null>(null);
  if (entries.length === 0) return <p class="card muted">{t('historyEmpty')}</p>;
  const expand = async (key: string) => {
    if (open?.key === key) return setOpen(null);
    setOpen({ key, audits: await request({ kind: 'history:get', key }).catch(() => []) });
  };
  return (
    <section class="card" data-testid="history">
      <table>
        <tbody>
          {entries.map((e) => (
            <>
              <tr key={e.key} data-key={e.key}>
                <td>
                  <b>{e.score}</b>
                </td>
                <td>
                  {/^https?:\/\//i.test(e.url) ? (
                    <a href={e.url} target="_blank" rel="noreferrer">
                      {e.title ?? e.url}
                    </a>
                  ) : (
                    // Stored URLs come from pages: only web URLs become links (never javascript: or data:).
                    <span>{e.title ?? e.url}</span>
                  )}
                  <div class="muted">
                    {e.site} · {new Date(e.at).toLocaleString()} · {e.audits} audits
                  </div>
                </td>
                <td>
                  <button type="button" onClick={() => void expand(e.key)}>
                    {open?.key === e.key ? '▴' : '▾'}
                  </button>
                </td>
              </tr>
              {open?.key === e.key && (
                <tr key={`${e.key}-detail`}>
                  <td colSpan={3}>
                    {open.audits.map((a, i) => {
                      const older = open.audits[i + 1];
                      const changes = older ? diffFacts(older.facts, a.facts) : [];
                      return (
                        <div key={a.at}>
                          <b>{a.score}</b> <span class="muted">{new Date(a.at).toLocaleString()}</span>
                          {changes.length > 0 && <ChangeList changes={changes} />}
                        </div>
                      );
                    })}
                  </td>
                </tr>
              )}
            </>
          ))}
        </tbody>
      </table>
    </section>
  );
}
