/** formatBrief: renders a brief as clean Markdown for a ticket, optionally with its check results. */
import { invalidInputError } from '../engine/errors.js';
import { type FunnelCatalog, getContentType, getKpi } from '../funnel/catalog.js';
import { catalogOption, optionsObject } from '../funnel/option-guards.js';
import { FUNNEL_STAGE_LABELS, isFunnelStage } from '../funnel/stages.js';
import type { BriefReport } from './check.js';
import { buildBriefContext } from './context.js';

/** Escapes characters that would turn plain text into Markdown structure. */
function md(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/^([#+-]|\d+\.)(\s)/, '\\$1$2');
}

const NOT_SET = '_not set_';

export interface FormatBriefOptions {
  catalog?: FunnelCatalog;
  /** Appends a "Brief check" section with the score, verdict and findings. */
  report?: BriefReport;
}

/** Throws `brief/invalid-input` unless `report` has what the "Brief check" section prints. */
function checkReport(report: unknown): asserts report is BriefReport {
  const expected = 'a BriefReport from checkBrief';
  if (typeof report !== 'object' || report === null)
    throw invalidInputError('brief', 'options.report', report, expected);
  const r = report as Partial<Record<keyof BriefReport, unknown>>;
  if (typeof r.score !== 'number') throw invalidInputError('brief', 'options.report.score', r.score, 'a number');
  if (typeof r.verdict !== 'string') throw invalidInputError('brief', 'options.report.verdict', r.verdict, 'a verdict');
  if (!Array.isArray(r.findings)) {
    throw invalidInputError('brief', 'options.report.findings', r.findings, 'an array of Findings');
  }
  for (let i = 0; i < r.findings.length; i++) {
    const f = r.findings[i] as Record<string, unknown> | null | undefined;
    const ok =
      typeof f === 'object' &&
      f !== null &&
      typeof f.message === 'string' &&
      typeof f.severity === 'string' &&
      typeof f.ruleId === 'string' &&
      (f.field == null || typeof f.field === 'string');
    if (!ok) throw invalidInputError('brief', `options.report.findings.${i}`, f, 'a Finding');
  }
}

/**
 * Accepts any input: fields that do not validate are shown as not set. Null options are the defaults; a `catalog`
 * or `report` of the wrong shape throws `brief/invalid-input`.
 */
export function formatBrief(input: unknown, options: FormatBriefOptions = {}): string {
  const given = optionsObject<FormatBriefOptions>('brief', options);
  const catalog = catalogOption('brief', 'options.catalog', given.catalog);
  if (given.report != null) checkReport(given.report);
  const ctx = buildBriefContext(input, { catalog });
  const b = ctx.brief;
  const kindInferred = ctx.formatNotes.some((n) => n.reason === 'kind-inferred');
  const type = getContentType(catalog, b.contentType);
  const out: string[] = [`# ${b.title ? md(b.title) : 'Untitled brief'}`, ''];

  const row = (label: string, value: string | undefined) => out.push(`| ${label} | ${value ?? NOT_SET} |`);
  out.push('| Field | Value |', '|---|---|');
  row(
    'Content type',
    b.contentType ? `${type ? md(type.label) : md(b.contentType)} (\`${b.contentType.replace(/`/g, '')}\`)` : undefined,
  );
  row('Funnel stage', isFunnelStage(b.funnelStage) ? FUNNEL_STAGE_LABELS[b.funnelStage] : undefined);
  row('Owner', b.owner ? md(b.owner) : undefined);
  row('Approver', b.approver ? md(b.approver) : undefined);
  row('Deadline', b.deadline ? md(b.deadline) : undefined);
  if (b.budget !== undefined) {
    row('Budget', typeof b.budget === 'number' ? String(b.budget) : `${b.budget.amount} ${b.budget.currency}`);
  }
  if (b.channels?.length) row('Channels', b.channels.map(md).join(', '));
  out.push('');

  out.push('## Audience', '');
  if (typeof b.audience === 'string') out.push(md(b.audience));
  else if (b.audience) {
    out.push(`- **Segment:** ${md(b.audience.segment)}`);
    if (b.audience.need) out.push(`- **Need:** ${md(b.audience.need)}`);
    if (b.audience.context) out.push(`- **Context:** ${md(b.audience.context)}`);
    if (b.audience.beliefs) out.push(`- **Already believes:** ${md(b.audience.beliefs)}`);
    if (b.audience.exclusions) out.push(`- **Not for:** ${md(b.audience.exclusions)}`);
  } else out.push(NOT_SET);
  out.push('');

  out.push('## Message', '');
  out.push(`- **Primary keyword:** ${b.primaryKeyword ? md(b.primaryKeyword) : NOT_SET}`);
  out.push(`- **Key message:** ${b.keyMessage ? md(b.keyMessage) : NOT_SET}`, '');

  out.push('## Format', '');
  if (b.format) {
    out.push(`- **Kind:** ${md(b.format.kind)}${kindInferred ? ' _(inferred from the content type)_' : ''}`);
    if (b.format.aspectRatio) out.push(`- **Aspect ratio:** ${b.format.aspectRatio}`);
    if (b.format.durationSec !== undefined) out.push(`- **Duration:** ${b.format.durationSec} s`);
    if (b.format.dimensions) out.push(`- **Dimensions:** ${md(b.format.dimensions)}`);
    if (b.format.count !== undefined) out.push(`- **Count:** ${b.format.count}`);
    if (b.format.wordCount !== undefined) out.push(`- **Words:** ${b.format.wordCount}`);
    if (b.format.imageCount !== undefined) out.push(`- **Images:** ${b.format.imageCount}`);
    if (b.format.pageCount !== undefined) out.push(`- **Pages:** ${b.format.pageCount}`);
    if (b.format.placements?.length) out.push(`- **Placements:** ${b.format.placements.map(md).join(', ')}`);
    if (b.format.languages?.length) out.push(`- **Languages:** ${b.format.languages.map(md).join(', ')}`);
  } else out.push(NOT_SET);
  out.push('');

  out.push('## Visual direction', '');
  const v = b.visualDirection;
  if (typeof v === 'string') out.push(md(v));
  else if (v) {
    out.push(md(v.description));
    if (v.mood) out.push('', `- **Mood:** ${md(v.mood)}`);
    if (v.palette) out.push(`- **Palette:** ${md(v.palette)}`);
    for (const d of v.dos ?? []) out.push(`- **Do:** ${md(d)}`);
    for (const d of v.donts ?? []) out.push(`- **Don't:** ${md(d)}`);
    for (const r of v.references ?? []) out.push(`- **Reference:** ${md(r)}`);
  } else out.push(NOT_SET);
  out.push('');

  out.push('## Required claims', '');
  if (!b.requiredClaims) out.push(NOT_SET);
  else if (b.requiredClaims.length === 0) out.push('None needed.');
  else {
    for (const [i, c] of b.requiredClaims.entries()) {
      out.push(
        `${i + 1}. ${md(c.text)} — ${c.substantiation ? `substantiation: ${md(c.substantiation)}` : '**no substantiation**'}`,
      );
    }
  }
  out.push('');

  out.push('## Business goal', '');
  const g = b.businessGoal;
  if (g) {
    const kpi = getKpi(catalog, g.metric);
    const unit = kpi?.unit === 'percent' ? '%' : '';
    out.push(`- **KPI:** ${kpi ? `${kpi.label} (\`${kpi.id}\`)` : g.metric ? md(g.metric) : NOT_SET}`);
    out.push(
      `- **Target:** ${g.target !== undefined ? `${g.target}${unit}` : NOT_SET}${g.baseline !== undefined ? ` (baseline ${g.baseline}${unit})` : ''}`,
    );
    if (g.deadline) out.push(`- **Measured by:** ${g.deadline}`);
    if (g.description) out.push(`- **Why:** ${md(g.description)}`);
  } else out.push(NOT_SET);
  out.push('');

  const lists: [string, string[] | undefined][] = [
    ['Mandatories', b.mandatories],
    ['References', b.references],
  ];
  for (const [title, list] of lists) {
    if (list?.length) out.push(`## ${title}`, '', ...list.map((x) => `- ${md(x)}`), '');
  }
  if (b.notes) out.push('## Notes', '', md(b.notes), '');

  const report = given.report;
  if (report) {
    out.push('## Brief check', '', `**Score ${report.score}/100 · ${report.verdict}**`, '');
    if (report.findings.length === 0) out.push('No findings.');
    for (const f of report.findings) {
      out.push(`- **${f.severity}** \`${f.field ?? '(brief)'}\`: ${md(f.message)} (\`${f.ruleId}\`)`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
