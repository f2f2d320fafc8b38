/** Audit exports: Markdown, CSV and JSON files, plus a one-paragraph summary for the clipboard. */
import type { AuditRecord } from './record.js';
import { isScored, wallNotice } from './wall-notice.js';

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
  ];
  if (!isScored(report)) {
    // A walled page: no score, no categories, no findings, which would all read as a (bad) audit of the product.
    lines.push('- **Not scored**', '', wallNotice(report.wall));
  } else {
    lines.push(
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
    );
    if (report.findings.length === 0) lines.push('No findings.');
    else {
      lines.push('| Severity | Rule | Message |', '| --- | --- | --- |');
      for (const f of report.findings) lines.push(`| ${f.severity} | ${cell(f.ruleId)} | ${cell(f.message)} |`);
    }
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

/** The score column: the number, or "not scored" for a walled page (never a 0 a spreadsheet would average in). */
const scoreCell = (record: AuditRecord) => (isScored(record.report) ? record.report.score : 'not scored');

/**
 * One row per finding (or one row with empty finding columns when there is none). A walled page has one row whose
 * score says "not scored" and whose message is the notice.
 */
export function auditToCsv(record: AuditRecord): string {
  const base = [record.url, record.site, new Date(record.at).toISOString(), scoreCell(record)];
  if (!isScored(record.report)) {
    const row = csvRow([...base, '', '', '', '', wallNotice(record.report.wall), '']);
    return `${[csvRow(CSV_HEADER), row].join('\r\n')}\r\n`;
  }
  const rows = record.report.findings.map((f) =>
    csvRow([...base, f.severity, f.ruleId, f.category, f.field ?? '', f.message, f.target ?? '']),
  );
  if (rows.length === 0) rows.push(csvRow([...base, '', '', '', '', '', '']));
  return `${[csvRow(CSV_HEADER), ...rows].join('\r\n')}\r\n`;
}

/** JSON: `scored` says whether `score` is one; a walled page has `score` and `categories` null and names its `wall`. */
export function auditToJson(record: AuditRecord): string {
  const scored = isScored(record.report);
  return `${JSON.stringify(
    {
      url: record.url,
      site: record.site,
      auditedAt: new Date(record.at).toISOString(),
      scored,
      score: scored ? record.report.score : null,
      ...(scored ? {} : { wall: record.report.wall ?? null, notice: wallNotice(record.report.wall) }),
      categories: scored ? record.report.categories : null,
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
  if (!isScored(report)) {
    return `${record.listing.title ?? record.url}\nNot scored: ${wallNotice(report.wall)}\n${record.url}\n`;
  }
  const top = report.findings
    .slice(0, 3)
    .map((f) => `- [${f.severity}] ${f.message}`)
    .join('\n');
  const counts = `${report.counts.error} errors, ${report.counts.warning} warnings, ${report.counts.info} notes`;
  return `${record.listing.title ?? record.url}\nScore ${report.score}/100 (${counts})\n${top}${top ? '\n' : ''}${record.url}\n`;
}
