// Which files the repository conventions cover, and whether one opens with a header; shared by tests and fixers.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
const SOURCE = /\.(ts|tsx|mjs)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', 'fixtures', 'web-ext-artifacts', 'test-results', 'coverage']);

/** Every `.ts`/`.tsx`/`.mjs` file under `dir` (repository-relative, sorted), skipping generated and fixture trees. */
export function listSources(dir) {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (!SKIP_DIRS.has(name)) walk(p);
      } else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(relative(ROOT, p));
    }
  };
  walk(abs);
  return out.sort();
}

/** The folders the header convention covers: each package's src, test and bench, plus the root test/ and scripts/. */
export function conventionDirs() {
  const packages = readdirSync(join(ROOT, 'packages')).filter((p) => statSync(join(ROOT, 'packages', p)).isDirectory());
  return [...packages.flatMap((p) => ['src', 'test', 'bench'].map((d) => `packages/${p}/${d}`)), 'test', 'scripts'];
}

/** Every file the header convention covers. */
export function conventionFiles() {
  return conventionDirs().flatMap(listSources);
}

/**
 * Index of the line that must hold the header: after a shebang and any `/// <reference …>` directives (a directive is
 * not a header by itself).
 */
export function headerLineIndex(lines) {
  let i = lines[0]?.startsWith('#!') ? 1 : 0;
  while (lines[i]?.startsWith('/// <reference')) i += 1;
  return i;
}

/** True when the file's first line after a shebang (and reference directives) is a comment. */
export function opensWithHeader(text) {
  const lines = text.split('\n');
  const first = lines[headerLineIndex(lines)]?.trimStart() ?? '';
  return first.startsWith('//') || first.startsWith('/*');
}

export function readSource(file) {
  return readFileSync(join(ROOT, file), 'utf8');
}
