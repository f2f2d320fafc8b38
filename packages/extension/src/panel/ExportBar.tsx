/** Export the audit (Markdown, CSV, JSON) or copy a summary. */
import { useState } from 'preact/hooks';
import { auditSummary, auditToCsv, auditToJson, auditToMarkdown } from '../audit/export.js';
import type { AuditRecord } from '../audit/record.js';
import { copyText, downloadText, exportName } from '../ui/download.js';
import { t } from '../ui/i18n.js';

export function ExportBar({ record }: { record: AuditRecord }) {
  const [copied, setCopied] = useState(false);
  return (
    <div class="row" data-testid="export">
      <button
        type="button"
        onClick={() => downloadText(exportName(record.key, 'md'), auditToMarkdown(record), 'text/markdown')}
      >
        {t('exportMarkdown')}
      </button>
      <button type="button" onClick={() => downloadText(exportName(record.key, 'csv'), auditToCsv(record), 'text/csv')}>
        {t('exportCsv')}
      </button>
      <button
        type="button"
        onClick={() => downloadText(exportName(record.key, 'json'), auditToJson(record), 'application/json')}
      >
        {t('exportJson')}
      </button>
      <span class="spacer" />
      <button
        type="button"
        class="copy-summary"
        onClick={async () => {
          setCopied(await copyText(auditSummary(record)));
          setTimeout(() => setCopied(false), 1500);
        }}
      >
        {copied ? t('copied') : t('copySummary')}
      </button>
    </div>
  );
}
