// Figures quoted in the docs come from docs/figures.json: regions are current, sizes match the build, none stray.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFiles, measureSizes, REGION, readFigures, renderRegions } from '../scripts/lib/figures.mjs';

const ROOT = join(__dirname, '..');
const figures = readFigures();
const docs = docFiles().map((file: string) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));

/** A size the way the docs write one: `14.1 kB`, `92 kB`, `1,024 KB`, `3 KiB`. */
const SIZE = /\b\d[\d,]*(?:\.\d+)?\s?(?:kB|KB|KiB)\b/g;
/** Sizes outside regions that are not bundle sizes (inputs, pages), each as an exact phrase with the file. */
const NOT_BUNDLE_SIZES: Array<[file: string, phrase: string]> = [
  // The size of the test page, an input of the extraction timing, not a figure of ours.
  ['docs/extension.md', 'about 4,000 elements, 200 kB'],
  // The storage cap of one stored audit in the extension's history: a limit in the code, not a measurement.
  ['docs/extension.md', 'a compact record of at most 16 kB'],
  // The size of the adversarial inputs the copy scanners are tested on.
  ['docs/copy-checks.md', 'tested on 100 kB adversarial inputs'],
];

describe('docs/figures.json and the figures regions', () => {
  it('has sizes and benchmark results', () => {
    expect(Object.keys(figures.sizes?.entries ?? {}).length).toBeGreaterThan(5);
    expect(figures.bench?.rows?.length ?? 0).toBeGreaterThan(10);
  });

  it('has regions in the README and the guides', () => {
    const withRegions = docs.filter((d) => d.text.includes('<!-- figures:')).map((d) => d.file);
    expect(withRegions).toEqual(expect.arrayContaining(['README.md', 'docs/benchmarks.md']));
  });

  for (const { file, text } of docs.filter((d) => d.text.includes('<!-- figures:'))) {
    it(`${file}: every region matches docs/figures.json (run \`pnpm docs:figures\`)`, () => {
      expect(renderRegions(text, figures, file).split('\n')).toEqual(text.split('\n'));
    });
  }

  it('quotes no size outside a figures region', () => {
    const stray: string[] = [];
    for (const { file, text } of docs) {
      let rest = text.replace(REGION, '');
      for (const [f, phrase] of NOT_BUNDLE_SIZES) if (f === file) rest = rest.replace(phrase, '');
      for (const m of rest.matchAll(SIZE))
        stray.push(`${file}: "${rest.slice(Math.max(0, m.index - 40), m.index + m[0].length)}"`);
    }
    expect(stray).toEqual([]);
  });

  it('lists only allowed phrases that still occur', () => {
    for (const [file, phrase] of NOT_BUNDLE_SIZES) {
      expect(docs.find((d) => d.file === file)?.text, file).toContain(phrase);
    }
  });

  // Sizes are deterministic for a given build, so the committed ones must match it. Speed figures vary between runs,
  // so they are only quoted from the committed `pnpm bench` results, never compared with a live run.
  it('records the sizes of the current build (run `pnpm docs:figures` after a change)', async () => {
    expect(await measureSizes()).toEqual(figures.sizes);
  });
});
