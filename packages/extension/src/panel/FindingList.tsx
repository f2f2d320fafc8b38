/** Findings sorted by severity; each with "show on page" when it points at an element. */
import { type Finding, sortFindings } from '@revloop/core/engine';
import { useState } from 'preact/hooks';
import { t } from '../ui/i18n.js';
import { request } from '../ui/request.js';

export function FindingList({ findings, tabId }: { findings: Finding[]; tabId: number | null }) {
  const [missing, setMissing] = useState<string | null>(null);
  if (findings.length === 0) return <p class="good-note">{t('noFindings')}</p>;
  const show = async (f: Finding) => {
    if (tabId === null || !f.target) return;
    const r = await request({ kind: 'page:highlight', tabId, target: f.target, label: f.message.slice(0, 500) });
    setMissing(r?.found ? null : f.ruleId);
  };
  return (
    <ul class="findings" data-testid="findings">
      {sortFindings(findings).map((f, i) => (
        <li key={`${f.ruleId}-${i}`} class="finding" data-rule={f.ruleId} data-severity={f.severity}>
          <span class={`sev sev-${f.severity}`}>{f.severity}</span>
          <span>{f.message}</span>
          <span class="meta">
            <code>{f.ruleId}</code>
            {f.evidence?.value !== undefined && (
              <span>
                {String(f.evidence.value)}
                {f.evidence.limit !== undefined ? ` / ${String(f.evidence.limit)}` : ''} {f.evidence.unit ?? ''}
              </span>
            )}
            {f.target && tabId !== null && (
              <button type="button" class="show-on-page" onClick={() => void show(f)}>
                {t('showOnPage')}
              </button>
            )}
            {missing === f.ruleId && <span class="over">element not found</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
