// Packaging of the built @revloop/core: the exports map, ESM and CJS loading, and the root entry.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import corePackage from '../packages/core/package.json' with { type: 'json' };

// Runs against the built dist through the package's `exports` map, as a user's import would.
const require = createRequire(import.meta.url);
const subpaths = Object.keys(corePackage.exports).filter((p) => p !== './package.json');

describe('@revloop/core packaging', () => {
  it('declares sideEffects: false and an exports entry per module', () => {
    expect(corePackage.sideEffects).toBe(false);
    expect(subpaths).toEqual(
      expect.arrayContaining(['.', './engine', './funnel', './brief', './copy', './links', './listing', './html']),
    );
  });

  for (const subpath of subpaths) {
    const specifier = subpath === '.' ? '@revloop/core' : `@revloop/core/${subpath.slice(2)}`;
    it(`${specifier} loads as ESM and CJS with the same export names`, async () => {
      const esm = await import(specifier);
      const cjs = require(specifier);
      expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort());
    });
  }

  it('the root entry re-exports the engine', async () => {
    const root = await import('@revloop/core');
    const engine = await import('@revloop/core/engine');
    expect(root.runRules).toBe(engine.runRules);
  });
});
