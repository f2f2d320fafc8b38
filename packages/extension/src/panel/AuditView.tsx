/** The audit of the current tab: score, settings problems, categories, findings, extracted facts, what changed, exports. */
import { isScored } from '../audit/wall-notice.js';
import { ConfigNotice } from '../ui/ConfigNotice.js';
import { t } from '../ui/i18n.js';
import { Categories } from './Categories.js';
import { Changes } from './Changes.js';
import { ExportBar } from './ExportBar.js';
import { Facts } from './Facts.js';
import { FindingList } from './FindingList.js';
import { NotScored } from './NotScored.js';
import { ScoreRing } from './ScoreHead.js';
import { useTabAudit } from './use-audit.js';

export function AuditView({ tabId }: { tabId: number | null }) {
  const { record, loading, error, run } = useTabAudit(tabId);
  if (!record) {
    return (
      <section class="card" data-testid="no-audit">
        <p class="muted">{error && error !== 'noAudit' ? error : t('noAudit')}</p>
        <button type="button" class="primary run-audit" disabled={loading || tabId === null} onClick={() => void run()}>
          {loading ? t('auditing') : t('auditThisPage')}
        </button>
      </section>
    );
  }
  const { report, listing } = record;
  const configNotice = (report.configFindings?.length ?? 0) > 0 && (
    <section class="card">
      <ConfigNotice title={t('configProblems')} findings={report.configFindings} testId="config-findings" />
    </section>
  );
  const exports = (
    <section class="card">
      <ExportBar record={record} />
      <p class="muted" data-testid="timings">
        extract {record.timings.extractMs.toFixed(1)} ms · audit {record.timings.auditMs.toFixed(1)} ms
      </p>
    </section>
  );
  // A captcha or consent wall instead of the product: said so, and nothing of it shown as a score.
  if (!isScored(report)) {
    return (
      <>
        <NotScored record={record} loading={loading} onRun={() => void run()} />
        {configNotice}
        {exports}
      </>
    );
  }
  return (
    <>
      <section class="card score-head" data-testid="score-card">
        <ScoreRing score={report.score} />
        <div>
          <div class="title-line" title={listing.title ?? ''}>
            {listing.title ?? record.url}
          </div>
          <div class="muted">
            {record.site} · {report.counts.error} errors · {report.counts.warning} warnings · {report.counts.info} notes
          </div>
          <div class="row">
            <button type="button" disabled={loading} onClick={() => void run()}>
              {loading ? t('auditing') : '↻'}
            </button>
          </div>
        </div>
      </section>
      {configNotice}
      <section class="card">
        <h3>{t('categories')}</h3>
        <Categories categories={report.categories} />
      </section>
      <section class="card">
        <h3>
          {t('findings')} ({report.findings.length})
        </h3>
        <FindingList findings={report.findings} tabId={tabId} />
      </section>
      <section class="card">
        <Changes record={record} />
      </section>
      <section class="card">
        <h3>{t('facts')}</h3>
        <Facts listing={listing} />
      </section>
      {exports}
    </>
  );
}
