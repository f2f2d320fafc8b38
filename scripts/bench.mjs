#!/usr/bin/env node
// Runs every core benchmark (packages/core/bench/**/*.bench.ts) and prints a table of medians against each group's
// in-run baseline (Vitest's console table shows means, which GC outliers skew). A full run (no filter arguments)
// records the results in docs/figures.json and rewrites the figures regions of docs/benchmarks.md; `--no-write` skips.
// A full run then runs the extension's browser benchmark (packages/extension/bench) when its test build exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { REGIONS, updateDocs, writeFiguresSection } from './lib/figures.mjs';

const OUT = join(process.cwd(), '.bench-report.json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const noWrite = process.argv.includes('--no-write');
const filters = process.argv.slice(2).filter((a) => a !== '--no-write');
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown',
  // Sampled before the run: on a shared machine the load explains most of the spread between runs.
  loadAverage: loadavg(),
  node: process.versions.node,
};
rmSync(OUT, { force: true });
const run = spawnSync(
  'pnpm',
  ['--filter', '@revloop/core', 'exec', 'vitest', 'bench', '--run', '--outputJson', OUT, ...filters],
  { stdio: 'inherit' },
);
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(readFileSync(OUT, 'utf8'));
rmSync(OUT, { force: true });
/** One row per benchmark: its median, to four significant digits (the run-to-run spread is far larger). */
const rows = [];
for (const file of [...report.files].sort((a, b) => a.filepath.localeCompare(b.filepath))) {
  for (const group of file.groups) {
    for (const b of group.benchmarks) {
      rows.push({
        file: file.filepath.split('/').pop(),
        group: group.fullName.split(' > ').slice(1).join(' > '),
        name: b.name,
        medianMs: Number(b.median.toPrecision(4)),
      });
    }
  }
}

console.log('\n## Medians\n');
console.log(REGIONS['bench-medians']({ bench: { rows } }));

if (filters.length === 0 && !noWrite) {
  writeFiguresSection('bench', { date: new Date().toISOString(), machine, rows });
  const changed = updateDocs();
  console.log(`\nwrote docs/figures.json (bench); regions rewritten in: ${changed.join(', ') || 'none'}`);
}

// The extension's browser benchmark (page cost in real Chromium) needs the test build and Chromium; a full run only.
if (filters.length === 0 && existsSync('packages/extension/dist/chrome-test/manifest.json') && existsSync(CHROMIUM)) {
  console.log('\n## Extension page cost\n');
  const browserRun = spawnSync('pnpm', ['--filter', '@revloop/extension', 'run', 'bench'], { stdio: 'inherit' });
  if (browserRun.status !== 0) process.exit(browserRun.status ?? 1);
}
