#!/usr/bin/env node
// Inserts a one-line "// Tests for <module>: <describe titles>." header into every test file that lacks one.
// Idempotent: a file that already opens with a comment is left alone. `--check` lists the files and writes nothing.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { conventionFiles, headerLineIndex, opensWithHeader, ROOT, readSource } from './lib/sources.mjs';

const TEST_FILE = /\.test\.(ts|tsx|mjs)$/;
/** Biome's line width; the header is cut to fit so the formatter and reviewers never see a wrapped header. */
const MAX = 120;

/** The module a test covers: its sibling without `.test`, else the folder it sits in. */
function modulePath(file) {
  for (const ext of ['.ts', '.tsx', '.mjs']) {
    const sibling = file.replace(TEST_FILE, ext);
    if (existsSync(join(ROOT, sibling))) return sibling;
  }
  return `${file.slice(0, file.lastIndexOf('/'))}/`;
}

/** The string titles of the file's `describe(...)` blocks, in order, without repeats. */
function describeTitles(text) {
  const titles = [];
  for (const m of text.matchAll(/\bdescribe(?:\.\w+)*\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) {
    const title = m[2].replace(/\\(.)/g, '$1');
    if (!title.includes('${') && !titles.includes(title)) titles.push(title);
  }
  return titles;
}

export function headerFor(file, text) {
  const head = `// Tests for ${modulePath(file)}`;
  const titles = describeTitles(text);
  if (titles.length === 0) return `${head}.`;
  let line = `${head}: ${titles[0]}`;
  for (const t of titles.slice(1)) {
    if (`${line}; ${t}.`.length > MAX) return `${line}; ….`.length <= MAX ? `${line}; ….` : `${line}.`;
    line += `; ${t}`;
  }
  return line.length + 1 <= MAX ? `${line}.` : `${line.slice(0, MAX - 2)}….`;
}

const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const targets = conventionFiles()
  .filter((f) => TEST_FILE.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)));

let changed = 0;
for (const file of targets) {
  const text = readSource(file);
  if (opensWithHeader(text)) continue;
  const header = headerFor(file, text);
  changed += 1;
  if (check) {
    console.log(`${file}\n  ${header}`);
    continue;
  }
  const lines = text.split('\n');
  lines.splice(headerLineIndex(lines), 0, header);
  writeFileSync(join(ROOT, file), lines.join('\n'));
  console.log(`${file}: ${header}`);
}
console.log(`${changed} file(s) ${check ? 'need' : 'got'} a header.`);
process.exitCode = check && changed > 0 ? 1 : 0;
