#!/usr/bin/env node
// Runs every core benchmark and prints a medians table (Vitest's console table shows means, which GC outliers skew).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const OUT = join(process.cwd(), '.bench-report.json');
rmSync(OUT, { force: true });
const args = [
  '--filter',
  '@revloop/core',
  'exec',
  'vitest',
  'bench',
  '--run',
  '--outputJson',
  OUT,
  ...process.argv.slice(2),
];
const run = spawnSync('pnpm', args, { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(readFileSync(OUT, 'utf8'));
const fmtTime = (ms) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);
const fmtRate = (ms) => Math.round(1000 / ms).toLocaleString('en-US');
console.log('\n## Medians\n');
console.log('| file | group | benchmark | median | ops/s at median | vs first in group |');
console.log('|---|---|---|---|---|---|');
for (const file of report.files) {
  const name = file.filepath.split('/').pop();
  for (const group of file.groups) {
    const first = group.benchmarks[0]?.median;
    for (const b of group.benchmarks) {
      const ratio = first ? `${(b.median / first).toFixed(2)}×` : '';
      const label = group.fullName.split(' > ').slice(1).join(' > ');
      console.log(`| ${name} | ${label} | ${b.name} | ${fmtTime(b.median)} | ${fmtRate(b.median)} | ${ratio} |`);
    }
  }
}
