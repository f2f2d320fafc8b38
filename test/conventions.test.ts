// Repository conventions as tests: a header comment on every source file, named exports only, a test beside every rule.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conventionFiles, listSources, opensWithHeader } from '../scripts/lib/sources.mjs';

const ROOT = join(__dirname, '..');
const files = conventionFiles();

describe('every source and test file opens with a header comment', () => {
  it('scans a plausible number of files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('has no file without a header', () => {
    const missing = files.filter((f) => !opensWithHeader(readFileSync(join(ROOT, f), 'utf8')));
    // Fix with `node scripts/add-test-headers.mjs` for tests; write the header by hand for source files.
    expect(missing).toEqual([]);
  });
});

describe('packages/core/src uses named exports only', () => {
  it('has no default export outside config files', () => {
    const offenders = listSources('packages/core/src')
      .filter((f) => !/\.config\.(ts|mjs)$/.test(f))
      .filter((f) =>
        /^\s*export\s+default\b|export\s*\{[^}]*\bas\s+default\b/m.test(readFileSync(join(ROOT, f), 'utf8')),
      );
    expect(offenders).toEqual([]);
  });
});

/**
 * Rule files without a `<name>.test.ts` beside them, each with the reason (a rule factory whose rules are tested
 * where they are made, say). An entry that gains a test, or stops defining a rule, fails below: the list cannot go
 * stale.
 */
const RULE_FILES_WITHOUT_TESTS: Record<string, string> = {
  'packages/core/src/copy/packs/claims/claim-rule.ts':
    'a factory, not a rule: each claims rule it builds (comparative.ts, superlative.ts, …) has its own table test',
  'packages/core/src/copy/packs/placeholders/placeholder-rule.ts':
    'a factory, not a rule: each placeholders rule it builds (asin.ts, lorem-ipsum.ts, …) has its own table test',
};

describe('every core rule has a table test beside it', () => {
  const RULE_CALL = /\bdefine(?:Runtime)?Rule\s*(?:<[^>]*>)?\s*\(/;
  const ruleFiles = listSources('packages/core/src')
    .filter((f) => !f.endsWith('.test.ts') && f !== 'packages/core/src/engine/rule.ts')
    .filter((f) => !f.includes('/test-support/'))
    .filter((f) => RULE_CALL.test(readFileSync(join(ROOT, f), 'utf8')));

  it('finds the rule files', () => {
    expect(ruleFiles.length).toBeGreaterThan(30);
  });

  it('has a <name>.test.ts beside every <name>.ts that defines a rule', () => {
    const untested = ruleFiles.filter(
      (f) => !existsSync(join(ROOT, f.replace(/\.ts$/, '.test.ts'))) && !(f in RULE_FILES_WITHOUT_TESTS),
    );
    expect(untested).toEqual([]);
  });

  it('lists only exceptions that still define a rule and still have no test', () => {
    const stale = Object.keys(RULE_FILES_WITHOUT_TESTS).filter(
      (f) => !ruleFiles.includes(f) || existsSync(join(ROOT, f.replace(/\.ts$/, '.test.ts'))),
    );
    expect(stale).toEqual([]);
  });
});

describe('unit tests do not time themselves', () => {
  // Speed is measured by `pnpm bench` against an in-run baseline; a timed unit test fails on a loaded machine and
  // passes on a fast one. The Chromium suite (packages/extension/test) measures main-thread blocking on purpose.
  it('reads no clock in core, extension unit or workspace tests', () => {
    const CLOCK = /performance\.now\(|Date\.now\(|process\.hrtime|console\.time\(/;
    const timed = [
      ...listSources('packages/core/src'),
      ...listSources('packages/extension/src'),
      ...listSources('test'),
    ]
      .filter((f: string) => /\.test\.tsx?$/.test(f))
      .filter((f: string) => CLOCK.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(timed).toEqual([]);
  });
});

describe('the root entry re-exports public subpaths only', () => {
  it('is made of `export * from "./<subpath>/index.js"` lines for public subpaths', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'packages/core/package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const publicSubpaths = new Set(
      Object.keys(pkg.exports)
        .filter((k) => k !== '.' && k !== './package.json' && k !== './internal')
        .map((k) => k.slice(2)),
    );
    const body = readFileSync(join(ROOT, 'packages/core/src/index.ts'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !/^\s*(\/\/|\/\*|\*)/.test(l));
    for (const line of body) {
      const m = /^export \* from '\.\/([a-z-]+)\/index\.js';$/.exec(line);
      expect(m, `unexpected line in src/index.ts: ${line}`).not.toBeNull();
      expect(publicSubpaths, line).toContain(m![1]);
    }
  });
});
