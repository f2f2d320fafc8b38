/** "Tag this link": policy-driven fields, live GA4 channel, policy problems, macros, copy, history, launch matrix. */
import type { CampaignParamField, CampaignParams, CampaignPolicy } from '@revloop/core/links';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { loadSettings } from '../settings/storage.js';
import { ConfigNotice } from '../ui/ConfigNotice.js';
import { copyText } from '../ui/download.js';
import { t } from '../ui/i18n.js';
import { linkHistory, rememberLink, type TaggedLink } from './link-history.js';
import { allowedValues, LINK_FIELDS, requiredFields, tagLink } from './link-model.js';
import { MacroPicker } from './MacroPicker.js';
import { MatrixBuilder } from './MatrixBuilder.js';

const isWebUrl = (u: string | null): u is string => !!u && /^https?:\/\//.test(u);

export function LinkTool({ tabUrl }: { tabUrl: string | null }) {
  const [policy, setPolicy] = useState<CampaignPolicy | null>(null);
  const [base, setBase] = useState('');
  const [params, setParams] = useState<CampaignParams>({});
  const [history, setHistory] = useState<TaggedLink[]>([]);
  const [copied, setCopied] = useState(false);
  const lastField = useRef<CampaignParamField>('campaign');

  useEffect(() => {
    void loadSettings().then((s) => setPolicy(s.campaignPolicy));
    void linkHistory().then(setHistory);
  }, []);
  useEffect(() => {
    if (!base && isWebUrl(tabUrl)) setBase(tabUrl);
  }, [tabUrl]);

  const result = useMemo(() => (policy && base ? tagLink(base, params, policy) : null), [base, params, policy]);
  if (!policy) return <p class="muted">Loading…</p>;
  const required = requiredFields(policy, params.medium);
  const set = (field: CampaignParamField, value: string) => setParams({ ...params, [field]: value });

  const copy = async () => {
    if (!result?.url) return;
    setCopied(await copyText(result.url));
    setHistory(await rememberLink({ url: result.url, channel: result.channel, at: Date.now() }));
    setTimeout(() => setCopied(false), 1500);
  };

  return (
    <>
      <section class="card" data-testid="link-tool">
        <label for="link-base">{t('linkUrl')}</label>
        <div class="row">
          <input
            id="link-base"
            value={base}
            onInput={(e) => setBase(e.currentTarget.value)}
            style={{ flex: 1, width: 'auto' }}
          />
          <button type="button" disabled={!isWebUrl(tabUrl)} onClick={() => isWebUrl(tabUrl) && setBase(tabUrl)}>
            {t('linkUseTab')}
          </button>
        </div>
        <div class="grid2">
          {LINK_FIELDS.map(({ field, key, label }) => {
            const allowed = allowedValues(policy, field, params.medium);
            const id = `link-${field}`;
            return (
              <div key={field}>
                <label for={id}>
                  {label} <span class="muted">{key}</span>
                  {required.has(field) ? ' *' : ''}
                </label>
                {allowed ? (
                  <select id={id} value={params[field] ?? ''} onChange={(e) => set(field, e.currentTarget.value)}>
                    <option value="">—</option>
                    {allowed.map((v) => (
                      <option key={v} value={v}>
                        {v}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={id}
                    value={params[field] ?? ''}
                    onFocus={() => {
                      lastField.current = field;
                    }}
                    onInput={(e) => set(field, e.currentTarget.value)}
                  />
                )}
              </div>
            );
          })}
        </div>
        <MacroPicker
          initial={policy.platform}
          onPick={(token) => set(lastField.current, `${params[lastField.current] ?? ''}${token}`)}
        />
      </section>
      {result && result.configFindings.length > 0 && (
        <section class="card">
          <ConfigNotice
            title={t('linkPolicyProblems')}
            findings={result.configFindings}
            testId="link-config-findings"
          />
        </section>
      )}
      {result && (
        <section class="card" data-testid="link-result">
          <div class="row">
            <h3 style={{ margin: 0 }}>{t('linkChannel')}</h3>
            <span class="chip channel" data-testid="channel">
              {result.channel}
            </span>
          </div>
          {result.unassigned && (
            <p class="warn" data-testid="unassigned-warning">
              {t('linkUnassigned')}
            </p>
          )}
          <h3 style={{ marginTop: 8 }}>{t('linkResult')}</h3>
          <div class="result-url" data-testid="tagged-url">
            {result.url ?? '—'}
          </div>
          {result.findings.length > 0 && (
            <ul class="issues" data-testid="link-findings">
              {result.findings.map((f, i) => (
                <li key={`${f.ruleId}-${i}`} class={f.severity === 'error' ? 'over' : ''}>
                  [{f.severity}] {f.message}
                </li>
              ))}
            </ul>
          )}
          <div class="row" style={{ marginTop: 8 }}>
            <button
              type="button"
              class="primary"
              disabled={!result.url}
              onClick={() => void copy()}
              data-testid="copy-link"
            >
              {copied ? t('copied') : t('linkCopy')}
            </button>
          </div>
        </section>
      )}
      {history.length > 0 && (
        <section class="card" data-testid="link-history">
          <h3>{t('linkHistory')}</h3>
          <ul class="issues">
            {history.slice(0, 10).map((l) => (
              <li key={l.url}>
                <span class="chip">{l.channel}</span> <code>{l.url}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <MatrixBuilder base={base} policy={policy} />
    </>
  );
}
