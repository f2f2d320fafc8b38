#!/usr/bin/env node
// Size check: bundles each public entry the way an app would (minified, tree-shaken, deps included) and gates gzip size.
// `--write` also records the sizes in docs/figures.json and rewrites the docs' figures regions (`pnpm docs:figures`).
import { kB, measureSizes, updateDocs, writeFiguresSection } from './lib/figures.mjs';

const sizes = await measureSizes();
let failed = 0;
console.log('| entry | own code, minified | own code, gzip | limit (gzip) | with dependencies, gzip | |');
console.log('|---|---|---|---|---|---|');
for (const e of Object.values(sizes.entries)) {
  const ok = e.ownGzip <= e.limitGzip;
  if (!ok) failed += 1;
  console.log(
    `| ${e.label} | ${kB(e.ownMin)} | ${kB(e.ownGzip)} | ${kB(e.limitGzip)} | ${kB(e.withDependenciesGzip)} | ${ok ? 'ok' : 'OVER'} |`,
  );
}
console.log(`\nzod through its \`z\` namespace: ${kB(sizes.zodGzip)} gzipped`);
for (const [file, s] of Object.entries(sizes.extension ?? {})) {
  console.log(`extension ${file}: ${kB(s.min)} minified, ${kB(s.gzip)} gzipped (everything included)`);
}

if (process.argv.includes('--write')) {
  writeFiguresSection('sizes', sizes);
  const changed = updateDocs();
  console.log(`\nwrote docs/figures.json; regions rewritten in: ${changed.join(', ') || 'none (already current)'}`);
}
process.exit(failed ? 1 : 0);
