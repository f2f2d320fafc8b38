/** Brief demo: checks every brief in examples/briefs (or --dir) and prints a report per brief; --strict gates on errors. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BriefReport, checkBrief } from '@revloop/core/brief';
import type { Finding } from '@revloop/core/engine';
import { FUNNEL_STAGES, portfolioBalance } from '@revloop/core/funnel';

/** The bundled examples are written as of this date, so their deadlines (and the demo output) stay stable. */
const EXAMPLES_AS_OF = '2026-12-01';
const EXAMPLES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../briefs');

const USAGE = `Usage: pnpm demo [-- options] [files…]
  --strict          exit 1 when any brief has an error finding (use as a CI gate)
  --dir <path>      check every *.json brief in <path> (default: examples/briefs)
  --preset <name>   rule preset: recommended (default) or strict
  --now <date>      judge deadlines as of this ISO date (default: today; ${EXAMPLES_AS_OF} for the bundled examples)
  --json            print the reports as JSON instead of text`;

interface Args {
  strict: boolean;
  json: boolean;
  dir?: string;
  preset: string;
  now?: string;
  files: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { strict: false, json: false, preset: 'recommended', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--') continue;
    else if (a === '--strict') args.strict = true;
    else if (a === '--json') args.json = true;
    else if (a === '--dir') args.dir = value();
    else if (a === '--preset') args.preset = value();
    else if (a === '--now') args.now = value();
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.files.push(a);
  }
  return args;
}

const useColour = process.stdout.isTTY === true && !process.env.NO_COLOR;
const paint = (code: string) => (text: string) => (useColour ? `\x1b[${code}m${text}\x1b[0m` : text);
const c = {
  bold: paint('1'),
  dim: paint('2'),
  red: paint('31'),
  green: paint('32'),
  yellow: paint('33'),
  cyan: paint('36'),
};

const SEVERITY_MARK: Record<Finding['severity'], string> = {
  error: c.red('✖ error  '),
  warning: c.yellow('▲ warning'),
  info: c.cyan('● info   '),
};
const VERDICT: Record<BriefReport['verdict'], string> = {
  ready: c.green('READY'),
  'needs-work': c.yellow('NEEDS WORK'),
  blocked: c.red('BLOCKED'),
  incomplete: c.red('INCOMPLETE'),
};

function scoreBar(score: number): string {
  const filled = Math.round(score / 10);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(10 - filled)}`;
  return score >= 95 ? c.green(bar) : score >= 70 ? c.yellow(bar) : c.red(bar);
}

/** Word-wraps `text` to `width`, indenting continuation lines. */
function wrap(text: string, width: number, indent: string): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join(`\n${indent}`);
}

function printReport(file: string, brief: unknown, report: BriefReport): void {
  const b = (typeof brief === 'object' && brief !== null ? brief : {}) as Record<string, unknown>;
  const title = typeof b.title === 'string' ? b.title : '(untitled)';
  const meta = [b.contentType, b.funnelStage].filter((x) => typeof x === 'string').join(' · ');
  console.log(`\n${c.bold(file)}`);
  console.log(`  ${title}${meta ? c.dim(`  (${meta})`) : ''}`);
  const { error, warning, info } = report.counts;
  console.log(
    `  ${scoreBar(report.score)} ${c.bold(String(report.score).padStart(3))}/100  ${VERDICT[report.verdict]}  ${c.dim(`${error} error(s), ${warning} warning(s), ${info} info`)}`,
  );
  if (report.missing.length > 0) console.log(`  ${c.dim('missing:')} ${report.missing.join(', ')}`);
  // Group by top-level field, in the brief's field order as findings are already sorted by severity.
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = (f.field ?? '(brief)').split('.')[0]!;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const width = Math.max(60, Math.min(process.stdout.columns ?? 100, 120) - 18);
  for (const [field, findings] of groups) {
    console.log(`  ${c.bold(field)}`);
    for (const f of findings) {
      const sub = f.field && f.field !== field ? `${f.field.slice(field.length + 1)}: ` : '';
      const text = wrap(`${sub}${f.message}`, width, ' '.repeat(15));
      console.log(`    ${SEVERITY_MARK[f.severity]} ${text} ${c.dim(`[${f.ruleId}]`)}`);
    }
  }
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const dir = args.dir ? resolve(args.dir) : EXAMPLES_DIR;
  const files =
    args.files.length > 0
      ? args.files.map((f) => resolve(f))
      : readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(dir, f));
  const bundled = args.files.length === 0 && !args.dir;
  const nowText = args.now ?? (bundled ? EXAMPLES_AS_OF : undefined);
  const now = nowText ? new Date(`${nowText}T09:00:00Z`) : new Date();
  if (Number.isNaN(now.getTime())) {
    console.error(`--now must be an ISO date such as 2026-12-01; got "${nowText}"`);
    return 2;
  }
  const config = { extends: args.preset };

  const results: { file: string; brief: unknown; report: BriefReport }[] = [];
  for (const path of files) {
    let brief: unknown;
    try {
      brief = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      // Unreadable JSON is still checked: checkBrief turns the non-object into findings.
      brief = `unreadable: ${(error as Error).message}`;
    }
    results.push({ file: basename(path), brief, report: checkBrief(brief, { now, config }) });
  }

  const withErrors = results.filter((r) => r.report.counts.error > 0);
  if (args.json) {
    console.log(
      JSON.stringify(
        results.map(({ file, report }) => ({ file, ...report })),
        null,
        2,
      ),
    );
  } else {
    console.log(
      c.bold(`revloop brief check · ${results.length} brief(s) · deadlines as of ${now.toISOString().slice(0, 10)}`),
    );
    for (const r of results) printReport(r.file, r.brief, r.report);

    const tally = { ready: 0, 'needs-work': 0, blocked: 0, incomplete: 0 };
    for (const r of results) tally[r.report.verdict] += 1;
    console.log(`\n${c.bold('Summary')}`);
    for (const r of results) {
      console.log(
        `  ${String(r.report.score).padStart(3)}  ${VERDICT[r.report.verdict].padEnd(useColour ? 19 : 10)}  ${r.file}`,
      );
    }
    console.log(
      `  ${tally.ready} ready, ${tally['needs-work']} need work, ${tally.blocked} blocked, ${tally.incomplete} incomplete`,
    );

    // The briefs as a portfolio: which stages is the team briefing for?
    const balance = portfolioBalance(
      results
        .map((r) => r.brief as { contentType?: string; funnelStage?: string })
        .map((b) => ({
          contentType: b?.contentType,
          stage: b?.funnelStage,
        })),
    );
    const mix = FUNNEL_STAGES.map((s) => `${s} ${balance.stages[s].count}`).join(', ');
    console.log(
      `\n${c.bold('Brief mix by stage')}: ${mix}${balance.skipped ? c.dim(` (${balance.skipped} untagged)`) : ''}`,
    );
    for (const f of balance.findings)
      console.log(`  ${SEVERITY_MARK[f.severity]} ${f.message} ${c.dim(`[${f.ruleId}]`)}`);
  }

  if (args.strict && withErrors.length > 0) {
    console.error(`\n--strict: ${withErrors.length} brief(s) have errors: ${withErrors.map((r) => r.file).join(', ')}`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
