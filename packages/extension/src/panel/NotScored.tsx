/** The card of a page that was not scored (captcha, bot check, consent wall): a plain-text notice, never a score ring. */
import type { AuditRecord } from '../audit/record.js';
import { wallNotice } from '../audit/wall-notice.js';
import { t } from '../ui/i18n.js';

export function NotScored({ record, loading, onRun }: { record: AuditRecord; loading: boolean; onRun: () => void }) {
  return (
    <section class="card" data-testid="not-scored">
      <div class="title-line" title={record.url}>
        {record.url}
      </div>
      {/* Evidence is page-derived: a text node, never markup. */}
      <p class="warn" data-testid="wall-notice">
        {wallNotice(record.report.wall)}
      </p>
      <div class="row">
        <button type="button" disabled={loading} onClick={onRun}>
          {loading ? t('auditing') : '↻'}
        </button>
      </div>
    </section>
  );
}
