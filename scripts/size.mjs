#!/usr/bin/env node
// Size check: bundles each public entry the way an app would (minified, tree-shaken, deps included) and gates gzip size.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * [name, built entry, gzip limit for revloop's own code in bytes, extra externals].
 * Dependencies (zod, date-fns, nanoid, papaparse, linkedom) are measured apart: an app pays for them once.
 */
const DEPENDENCIES = ['zod', 'zod/*', 'date-fns', 'date-fns/*', 'nanoid', 'papaparse', 'linkedom'];
const ENTRIES = [
  ['@revloop/core/engine', 'packages/core/dist/engine/index.js', 6_000],
  ['@revloop/core/funnel', 'packages/core/dist/funnel/index.js', 12_000],
  ['@revloop/core/brief', 'packages/core/dist/brief/index.js', 25_000],
  ['@revloop/core/copy', 'packages/core/dist/copy/index.js', 40_000],
  ['@revloop/core/links', 'packages/core/dist/links/index.js', 25_000],
  [
    '@revloop/core/links (typical use: build, parse, check, channel, matrix)',
    {
      contents:
        "export { buildCampaignUrl, parseCampaignUrl, checkCampaignUrl, defaultChannelGroup, buildCampaignMatrix } from './packages/core/dist/links/index.js';",
      resolveDir: '.',
    },
    19_000,
  ],
  [
    '@revloop/core/listing (content script: extractListing)',
    { contents: "export { extractListing } from './packages/core/dist/listing/index.js';", resolveDir: '.' },
    40_000,
  ],
  ['@revloop/core/listing', 'packages/core/dist/listing/index.js', 70_000],
  ['@revloop/core (everything)', 'packages/core/dist/index.js', 150_000],
];

async function measure(entry, external = []) {
  const out = await build({
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: entry }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    // papaparse's Node-only streaming branch requires 'stream'; browsers never reach it.
    external: [...external, 'stream'],
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

let failed = 0;
const rows = [];
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
for (const [name, entry, limit, external = []] of ENTRIES) {
  const own = await measure(entry, [...DEPENDENCIES, ...external]);
  const all = await measure(entry, external);
  const ok = own.gzip <= limit;
  if (!ok) failed += 1;
  rows.push(`| ${name} | ${kb(own.min)} | ${kb(own.gzip)} | ${kb(limit)} | ${kb(all.gzip)} | ${ok ? 'ok' : 'OVER'} |`);
}
console.log('| entry | own code, minified | own code, gzip | limit (gzip) | with dependencies, gzip | |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
process.exit(failed ? 1 : 0);
