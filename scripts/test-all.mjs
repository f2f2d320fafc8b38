#!/usr/bin/env node
// Runs every check (build, types, lint, packaging, size, all Vitest suites) and prints "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const REPORT = '.vitest-report.json';
const steps = [
  ['build', 'pnpm', ['-r', 'run', 'build']],
  ['typecheck', 'pnpm', ['-r', 'run', 'typecheck']],
  ['biome lint and format', 'pnpm', ['exec', 'biome', 'ci', '.']],
  ['publint', 'pnpm', ['--filter', '@revloop/core', 'exec', 'publint', '--strict']],
  ['attw --pack', 'pnpm', ['--filter', '@revloop/core', 'exec', 'attw', '--pack', '.', '--profile', 'node16']],
  ['size check', 'node', ['scripts/size.mjs']],
  ...(existsSync('packages/extension/package.json')
    ? [['web-ext lint (firefox build)', 'pnpm', ['--filter', '@revloop/extension', 'run', 'lint:firefox']]]
    : []),
];

let passed = 0;
let failed = 0;
// Skipped tests (it.skip, it.todo, skipIf) are counted apart so a suite cannot go quiet by skipping.
let skipped = 0;
const failures = [];
for (const [name, cmd, args] of steps) {
  process.stdout.write(`\n▶ ${name}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status === 0) passed += 1;
  else {
    failed += 1;
    failures.push(name);
    // Nothing else can run without a build.
    if (name === 'build') break;
  }
}

// The browser suite measures main-thread blocking, so it runs alone, after the CPU-heavy unit and property tests.
const VITEST_RUNS = [
  ['vitest: core and workspace', ['--project', 'core', '--project', 'workspace']],
  ...(existsSync('packages/extension/package.json')
    ? [['vitest: extension (Chromium)', ['--project', 'extension']]]
    : []),
];

if (!failures.includes('build')) {
  for (const [name, projectArgs] of VITEST_RUNS) {
    process.stdout.write(`\n▶ ${name}\n`);
    rmSync(REPORT, { force: true });
    spawnSync(
      'pnpm',
      ['exec', 'vitest', 'run', ...projectArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`],
      { stdio: 'inherit' },
    );
    if (!existsSync(REPORT)) {
      failed += 1;
      failures.push(`${name} produced no report`);
      continue;
    }
    const report = JSON.parse(readFileSync(REPORT, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A suite that fails to load has no tests to count; count it as one failure.
    const broken = report.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0);
    failed += broken.length;
    for (const t of broken) failures.push(`suite ${t.name}`);
    if (report.numFailedTests > 0) failures.push(`${report.numFailedTests} test(s) in ${name}`);
    if (report.numTotalTests === 0) {
      failed += 1;
      failures.push(`${name} ran no test`);
    }
  }
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
