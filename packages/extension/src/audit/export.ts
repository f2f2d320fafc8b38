/** Audit exports: Markdown, CSV and JSON files, plus a one-paragraph summary for the clipboard. */
import type { AuditRecord } from './record.js';

const date = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** Escapes a value for a Markdown table cell (pipes, newlines). */
function cell(value: unknown): string {
  return String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

/** RFC 4180 field: quoted when needed; a leading = + - @ is prefixed with ' so spreadsheets never run it as a formula. */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: readonly unknown[]): string {
  return values.map(csvField).join(',');
}

export function auditToMarkdown(record: AuditRecord): string {
  const { listing, report } = record;
  const lines = [
    `# Listing audit: ${listing.title ?? record.url}`,
    '',
    `- URL: ${record.url}`,
    `- Site: ${record.site}`,
    `- Audited: ${date(record.at)} UTC`,
    `- **Score: ${report.score}/100**`,
    '',
    '## Categories',
    '',
    '| Category | Score |',
    '| --- | --- |',
    ...Object.entries(report.categories).map(([c, s]) => `| ${cell(c)} | ${s} |`),
    '',
    '## Findings',
    '',
  ];
  if (report.findings.length === 0) lines.push('No findings.');
  else {
    lines.push('| Severity | Rule | Message |', '| --- | --- | --- |');
    for (const f of report.findings) lines.push(`| ${f.severity} | ${cell(f.ruleId)} | ${cell(f.message)} |`);
  }
  lines.push(
    '',
    '## Extracted',
    '',
    `- Title (${listing.title?.length ?? 0} chars): ${listing.title ?? '—'}`,
    `- Bullets: ${listing.bullets.length}`,
    `- Images: ${listing.images.length}`,
    `- Videos: ${listing.videoCount}`,
    `- A+ content: ${listing.hasAPlus ? `yes (${listing.aPlusModuleCount} modules)` : 'no'}`,
    `- Rating: ${listing.rating ?? '—'} (${listing.reviewCount ?? 0} reviews)`,
  );
  if (record.previous) {
    lines.push('', `## Changes since ${date(record.previous.at)} UTC`, '');
    if (record.previous.changes.length === 0) lines.push('No changes.');
    for (const c of record.previous.changes) lines.push(`- ${c.field} (${c.kind})`);
  }
  return `${lines.join('\n')}\n`;
}

export const CSV_HEADER = [
  'url',
  'site',
  'audited_at',
  'score',
  'severity',
  'rule',
  'category',
  'field',
  'message',
  'target',
];

/** One row per finding (or one row with empty finding columns when there is none). */
export function auditToCsv(record: AuditRecord): string {
  const base = [record.url, record.site, new Date(record.at).toISOString(), record.report.score];
  const rows = record.report.findings.map((f) =>
    csvRow([...base, f.severity, f.ruleId, f.category, f.field ?? '', f.message, f.target ?? '']),
  );
  if (rows.length === 0) rows.push(csvRow([...base, '', '', '', '', '', '']));
  return `${[csvRow(CSV_HEADER), ...rows].join('\r\n')}\r\n`;
}

export function auditToJson(record: AuditRecord): string {
  return `${JSON.stringify(
    {
      url: record.url,
      site: record.site,
      auditedAt: new Date(record.at).toISOString(),
      score: record.report.score,
      categories: record.report.categories,
      findings: record.report.findings,
      penalties: record.report.penalties,
      // Config problems (bad overrides, brand config); never scored. Absent on records stored by older versions.
      configFindings: record.report.configFindings ?? [],
      listing: record.listing,
      changes: record.previous?.changes ?? null,
    },
    null,
    2,
  )}\n`;
}

export function auditSummary(record: AuditRecord): string {
  const { report } = record;
  const top = report.findings
    .slice(0, 3)
    .map((f) => `- [${f.severity}] ${f.message}`)
    .join('\n');
  const counts = `${report.counts.error} errors, ${report.counts.warning} warnings, ${report.counts.info} notes`;
  return `${record.listing.title ?? record.url}\nScore ${report.score}/100 (${counts})\n${top}${top ? '\n' : ''}${record.url}\n`;
}
