/** Launch matrix: landing pages × sources × mediums × campaigns × contents, validated by core, exported as CSV. */
import { buildCampaignMatrix, type CampaignPolicy } from '@revloop/core/links';
import { useMemo, useState } from 'preact/hooks';
import { downloadText } from '../ui/download.js';
import { t } from '../ui/i18n.js';

const list = (text: string) =>
  text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function MatrixBuilder({ base, policy }: { base: string; policy: CampaignPolicy }) {
  const [dims, setDims] = useState({ pages: base, sources: '', mediums: '', campaigns: '', contents: '' });
  const matrix = useMemo(() => {
    const pages = list(dims.pages);
    if (pages.length === 0 || list(dims.sources).length === 0 || list(dims.mediums).length === 0) return null;
    try {
      return buildCampaignMatrix(
        pages,
        {
          sources: list(dims.sources),
          mediums: list(dims.mediums),
          campaigns: list(dims.campaigns),
          contents: list(dims.contents),
        },
        { policy },
      );
    } catch {
      return null;
    }
  }, [dims, policy]);
  const field = (key: keyof typeof dims, label: string) => (
    <div>
      <label for={`matrix-${key}`}>{label}</label>
      <textarea
        id={`matrix-${key}`}
        rows={2}
        value={dims[key]}
        onInput={(e) => setDims({ ...dims, [key]: e.currentTarget.value })}
        style={{ minHeight: 40 }}
      />
    </div>
  );
  return (
    <section class="card" data-testid="matrix">
      <h3>{t('linkMatrix')}</h3>
      <p class="muted">One value per line or comma-separated; every list multiplies the matrix.</p>
      {field('pages', 'Landing pages')}
      <div class="grid2">
        {field('sources', 'Sources')}
        {field('mediums', 'Mediums')}
        {field('campaigns', 'Campaigns')}
        {field('contents', 'Contents')}
      </div>
      {matrix && (
        <div class="row" style={{ marginTop: 8 }}>
          <span data-testid="matrix-count">
            {matrix.rows.length} links · {matrix.failed} blocked · {matrix.duplicatesRemoved} duplicates removed
          </span>
          <span class="spacer" />
          <button type="button" onClick={() => downloadText('revloop-launch-matrix.csv', matrix.toCsv(), 'text/csv')}>
            {t('linkMatrixExport')}
          </button>
        </div>
      )}
    </section>
  );
}
