// Builds dist/chrome and dist/firefox (pages + service worker, then the IIFE content script), icons, manifests and zips,
// plus dist/chrome-test, the same Chrome build with the test-only hooks the browser tests read (never zipped).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { iconPng } from './icons.mjs';
import { buildManifest } from './manifest.mjs';

const root = new URL('..', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const targets = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const zip = !process.argv.includes('--no-zip');
// `--test` builds only the test flavour; by default both release targets and the Chrome test build are made.
const onlyTest = process.argv.includes('--test');
const builds = onlyTest
  ? (targets.length ? targets : ['chrome']).map((target) => ({ target, test: true }))
  : [
      ...(targets.length ? targets : ['chrome', 'firefox']).map((target) => ({ target, test: false })),
      ...(targets.length === 0 || targets.includes('chrome') ? [{ target: 'chrome', test: true }] : []),
    ];

for (const { target, test } of builds) {
  // Read by the Vite configs (scripts/flavor.mjs): test hooks on or off, and the output folder.
  if (test) process.env.REVLOOP_BUILD = 'test';
  else delete process.env.REVLOOP_BUILD;
  const name = test ? `${target}-test` : target;
  const out = new URL(`dist/${name}/`, root);
  rmSync(out, { recursive: true, force: true });
  await build({ configFile: new URL('vite.config.ts', root).pathname, mode: target, logLevel: 'warn' });
  for (const bundle of ['listing', 'editor']) {
    process.env.CONTENT_BUNDLE = bundle;
    await build({ configFile: new URL('vite.content.config.ts', root).pathname, mode: target, logLevel: 'warn' });
  }
  delete process.env.CONTENT_BUNDLE;
  mkdirSync(new URL('icons/', out), { recursive: true });
  for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`icons/icon-${size}.png`, out), iconPng(size));
  writeFileSync(new URL('manifest.json', out), `${JSON.stringify(buildManifest(target, pkg.version), null, 2)}\n`);
  const size = { target };
  for (const file of ['content.js', 'editor.js']) {
    const code = readFileSync(new URL(file, out));
    const gz = gzipSync(code, { level: 9 }).length;
    size[file] = { bytes: code.length, gzipBytes: gz };
    console.log(`${name}: ${file} ${(code.length / 1024).toFixed(1)} kB, ${(gz / 1024).toFixed(1)} kB gzipped`);
  }
  writeFileSync(new URL('size.json', out), `${JSON.stringify(size)}\n`);
  if (zip && !test) {
    execFileSync(
      new URL('node_modules/.bin/web-ext', root).pathname,
      [
        'build',
        '--source-dir',
        `dist/${target}`,
        '--artifacts-dir',
        'web-ext-artifacts',
        '--filename',
        `revloop-${target}-${pkg.version}.zip`,
        '--overwrite-dest',
      ],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    console.log(`${target}: web-ext-artifacts/revloop-${target}-${pkg.version}.zip`);
  }
}
delete process.env.REVLOOP_BUILD;
