/**
 * Fuzzes every function exported from every public subpath: given any input, it returns (or resolves), or it throws a
 * RevloopError. A raw TypeError or RangeError on bad input is a bug (CONTRIBUTING: "never a crash").
 * `pnpm test` runs 50 cases per function with a fixed seed; `pnpm fuzz` runs REVLOOP_FUZZ_RUNS (5,000) per function.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundedYield,
  DOCUMENT_ARGS,
  describeError,
  FUNCTIONS,
  familyOf,
  inputsFor,
  LOAD_ERRORS,
  PUBLIC_SUBPATHS,
  type RawErrorFamily,
  RUNS,
  rawThrowOf,
  SEED,
  TooManyYields,
  toDocument,
} from './arbitraries.js';

// ---------------------------------------------------------------------------------------------------------------
// Known raw throws: bugs this suite found in other modules, awaiting a fix (regenerate the list with
// `pnpm --filter @revloop/core exec tsx scripts/fuzz-report.ts`). Each case is a reproducer and the raw error it
// gives today. The fuzz run tolerates those errors (and only those) for that function; each case's own test fails
// once its reproducer stops throwing that error, so the list cannot go stale. Delete cases as fixes land.

/** What reproducers may use to build the inputs the arbitraries print (documents, bounded yield callbacks). */
const REPRODUCER_HELPERS = { toDocument, boundedYield };

interface KnownRawThrow {
  /** The kind of raw error; the fuzz run tolerates raw errors of the listed families for that function only. */
  family: RawErrorFamily;
  /** Arguments that reproduce it today (the comment above each case is the error they give). */
  args: (helpers: typeof REPRODUCER_HELPERS) => unknown[];
}

const KNOWN_RAW_THROWS: Record<string, KnownRawThrow[]> = {};

// ---------------------------------------------------------------------------------------------------------------

describe('public API fuzz: every exported function returns or throws a RevloopError', () => {
  it('loads every public subpath, and fuzzes exactly the subpaths package.json exports', () => {
    expect(LOAD_ERRORS).toEqual({});
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { exports: object };
    const exported = Object.keys(pkg.exports)
      .filter((k) => !['.', './package.json', './internal'].includes(k))
      .map((k) => k.slice(2));
    expect([...PUBLIC_SUBPATHS].sort()).toEqual(exported.sort());
  });

  it('finds the public functions, and every listed id is one', () => {
    expect(FUNCTIONS.length).toBeGreaterThan(80);
    const ids = FUNCTIONS.map((f) => f.id);
    for (const id of [...Object.keys(DOCUMENT_ARGS), ...Object.keys(KNOWN_RAW_THROWS)]) {
      expect(ids, `${id} is not a public function any more`).toContain(id);
    }
  });

  for (const { id, fn } of FUNCTIONS) {
    const known = KNOWN_RAW_THROWS[id] ?? [];
    it(
      `${id}${known.length ? ` (${known.length} known raw throw(s) tolerated, see KNOWN_RAW_THROWS)` : ''}`,
      async () => {
        await fc.assert(
          fc.asyncProperty(inputsFor(id), async (input) => {
            const raw = await rawThrowOf(fn, input);
            if (raw === undefined) return true;
            const text = describeError(raw);
            const family = raw instanceof TooManyYields ? undefined : familyOf(text);
            if (family && known.some((k) => k.family === family)) return true;
            throw new Error(`${id} threw a raw error: ${text}`);
          }),
          { seed: SEED, numRuns: RUNS },
        );
      },
      30_000 + RUNS * 100,
    );
  }
});

describe('KNOWN_RAW_THROWS still throw (delete a case once its fix lands)', () => {
  it('is empty: every public function throws only RevloopErrors', () => {
    expect(KNOWN_RAW_THROWS).toEqual({});
  });
  for (const [id, cases] of Object.entries(KNOWN_RAW_THROWS)) {
    cases.forEach((known, i) => {
      it(`${id} #${i + 1}: ${known.family}`, async () => {
        const fn = FUNCTIONS.find((f) => f.id === id)?.fn;
        expect(fn, `${id} is not a public function`).toBeTypeOf('function');
        const raw = await rawThrowOf(fn!, known.args(REPRODUCER_HELPERS));
        expect(raw, `${id} no longer throws a raw error here: delete this case from KNOWN_RAW_THROWS`).toBeDefined();
        expect(familyOf(describeError(raw)), describeError(raw)).toBe(known.family);
      });
    });
  }
});
