// Release builds carry no test hooks: no page markers, no page-dispatchable events, no timings, no test flag.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEST_STATE_KIND } from '../src/content/test-hooks.js';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const RELEASES = ['chrome', 'firefox'];

/** Anything that would let a page detect the extension or read its timings, or that only the test build needs. */
const FORBIDDEN = [
  'data-revloop',
  'revloop:editor-stats',
  'revloopEditorStats',
  'revloop-extract',
  'revloopExtract',
  '__REVLOOP_TEST__',
  'REVLOOP_BUILD',
  TEST_STATE_KIND,
];

function bundleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js') || f.endsWith('.html'))
    .map((f) => join(dir, f));
}

describe('release bundles', () => {
  for (const target of RELEASES) {
    it(`dist/${target}: no test hooks in any .js or .html`, () => {
      const dir = join(DIST, target);
      expect(existsSync(join(dir, 'manifest.json')), `run the build first: ${dir}`).toBe(true);
      const files = bundleFiles(dir);
      expect(files.map((f) => f.slice(dir.length + 1))).toEqual(
        expect.arrayContaining(['content.js', 'editor.js', 'background.js', 'panel.html', 'options.html']),
      );
      const hits = files.flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return FORBIDDEN.filter((s) => text.includes(s)).map((s) => `${file.slice(dir.length + 1)}: ${s}`);
      });
      expect(hits).toEqual([]);
    });
  }

  it('the test build, which the browser tests load, does have the hook (so the check above is meaningful)', () => {
    const content = readFileSync(join(DIST, 'chrome-test', 'content.js'), 'utf8');
    expect(content).toContain(TEST_STATE_KIND);
    expect(readFileSync(join(DIST, 'chrome-test', 'editor.js'), 'utf8')).toContain(TEST_STATE_KIND);
  });
});
