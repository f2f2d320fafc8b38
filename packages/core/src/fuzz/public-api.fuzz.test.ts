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

const KNOWN_RAW_THROWS: Record<string, KnownRawThrow[]> = {
  'engine.applyRuleSettings': [
    // TypeError: Cannot read properties of undefined (reading 'map')
    { family: 'nullish', args: () => [] },
    // TypeError: rules.map is not a function
    { family: 'wrong-type', args: () => [Number.NaN] },
  ],
  'engine.categoryScores': [
    // TypeError: findings is not iterable
    { family: 'wrong-type', args: () => [] },
    // TypeError: Cannot convert object to primitive value
    { family: 'not-primitive', args: () => [[], '"undefined"', [[{ __proto__: null }]]] },
    // TypeError: Cannot read properties of undefined (reading 'ruleId')
    // biome-ignore lint/suspicious/noSparseArray: the hole is the reproducer
    { family: 'nullish', args: () => [undefined, [,]] },
  ],
  'engine.checkRuleMeta': [
    // TypeError: Cannot read properties of undefined (reading 'rules')
    { family: 'nullish', args: () => [] },
    // TypeError: pack.rules is not iterable
    { family: 'wrong-type', args: () => [new Set([])] },
  ],
  'engine.compileRunner': [
    // TypeError: Cannot read properties of undefined (reading 'weights')
    { family: 'nullish', args: () => [] },
  ],
  'engine.countBySeverity': [
    // TypeError: findings is not iterable
    { family: 'wrong-type', args: () => [] },
    // TypeError: Cannot read properties of null (reading 'severity')
    { family: 'nullish', args: () => [[null]] },
  ],
  'engine.explainScore': [
    // TypeError: findings is not iterable
    { family: 'wrong-type', args: () => [] },
    // TypeError: Cannot read properties of null (reading 'ruleId')
    { family: 'nullish', args: () => [[null]] },
  ],
  'engine.invalidInputError': [
    // TypeError: Cannot convert object to primitive value
    { family: 'not-primitive', args: () => [[{ __proto__: null }]] },
  ],
  'engine.parseEngineConfig': [
    // TypeError: Cannot read properties of undefined (reading 'map')
    { family: 'nullish', args: () => [] },
    // TypeError: rules.map is not a function
    { family: 'wrong-type', args: () => [Number.NaN] },
  ],
  'engine.renderRuleDoc': [
    // TypeError: Cannot read properties of undefined (reading 'id')
    { family: 'nullish', args: () => [] },
    // TypeError: Cannot convert object to primitive value
    { family: 'not-primitive', args: () => [{ id: { __proto__: null } }] },
  ],
  'engine.renderRulesMarkdown': [
    // TypeError: packs is not iterable
    { family: 'wrong-type', args: () => [] },
    // TypeError: Cannot read properties of undefined (reading 'toLowerCase')
    { family: 'nullish', args: () => [new Set([[]])] },
    // TypeError: Cannot convert object to primitive value
    { family: 'not-primitive', args: () => ['', { __proto__: null }] },
  ],
  'engine.resolveEngineConfig': [
    // TypeError: Cannot read properties of undefined (reading 'map')
    { family: 'nullish', args: () => [] },
    // TypeError: rules.map is not a function
    { family: 'wrong-type', args: () => [Number.NaN] },
  ],
  'engine.runRule': [
    // TypeError: Cannot destructure property 'rule' of 'entry' as it is undefined.
    { family: 'nullish', args: () => [] },
  ],
  'engine.runRules': [
    // TypeError: Cannot read properties of undefined (reading 'map')
    { family: 'nullish', args: () => [] },
    // TypeError: rules.map is not a function
    { family: 'wrong-type', args: () => [Number.NaN] },
  ],
  'engine.scoreBand': [
    // TypeError: Cannot convert object to primitive value
    { family: 'not-primitive', args: () => [{ __proto__: null }] },
    // TypeError: Cannot read properties of null (reading 'good')
    { family: 'nullish', args: () => ['', null] },
  ],
  'engine.scoreFindings': [
    // TypeError: findings is not iterable
    { family: 'wrong-type', args: () => [] },
    // TypeError: Cannot read properties of null (reading 'ruleId')
    { family: 'nullish', args: () => [[null]] },
  ],
  'engine.sortFindings': [
    // TypeError: findings is not iterable
    { family: 'wrong-type', args: () => [] },
    // TypeError: Cannot read properties of null (reading 'severity')
    { family: 'nullish', args: () => [[null, new Boolean(false)]] },
  ],
  'engine.toJsonSchemas': [
    // TypeError: Cannot convert undefined or null to object
    { family: 'nullish', args: () => [] },
    // TypeError: Cannot use 'in' operator to search for '_idmap' in h
    { family: 'wrong-type', args: () => ['http://a.aa'] },
  ],
  'funnel.computePortfolioStats': [
    // TypeError: Cannot read properties of null (reading 'catalog')
    { family: 'nullish', args: () => ['', null] },
  ],
  'funnel.getContentType': [
    // TypeError: Cannot convert undefined or null to object
    { family: 'nullish', args: () => [[], '"undefined"'] },
  ],
  'funnel.getKpi': [
    // TypeError: Cannot convert undefined or null to object
    { family: 'nullish', args: () => [[], '"undefined"'] },
  ],
  'funnel.portfolioBalance': [
    // TypeError: Cannot read properties of null (reading 'catalog')
    { family: 'nullish', args: () => ['', null] },
  ],
  'brief.briefTemplate': [
    // TypeError: Cannot convert object to primitive value
    { family: 'not-primitive', args: () => [{ __proto__: null }] },
    // TypeError: Cannot read properties of null (reading 'catalog')
    { family: 'nullish', args: () => ['', null] },
  ],
  'brief.briefVerdict': [
    // TypeError: Cannot read properties of undefined (reading 'length')
    { family: 'nullish', args: () => [] },
  ],
  'brief.buildBriefContext': [
    // TypeError: Cannot read properties of null (reading 'now')
    { family: 'nullish', args: () => ['', null] },
  ],
  'brief.formatBrief': [
    // TypeError: Cannot read properties of null (reading 'catalog')
    { family: 'nullish', args: () => ['', null] },
  ],
  'brief.placementAspects': [
    // TypeError: Cannot read properties of undefined (reading 'image')
    { family: 'nullish', args: () => [] },
  ],
  'copy.compileCopyPhrases': [
    // TypeError: .for is not iterable
    // biome-ignore lint/suspicious/noSparseArray: the hole is the reproducer
    { family: 'wrong-type', args: () => [[,]] },
  ],
  'listing.assertListing': [
    // TypeError: Cannot convert object to primitive value
    { family: 'not-primitive', args: () => ['http://a.aa', [{ __proto__: null }]] },
  ],
  'listing.capListingFindings': [
    // TypeError: findings is not iterable
    { family: 'wrong-type', args: () => [] },
    // TypeError: Cannot convert object to primitive value
    { family: 'not-primitive', args: () => ['http://a.aa', [{ __proto__: null }]] },
    // TypeError: Cannot read properties of null (reading 'ruleId')
    { family: 'nullish', args: () => [[null]] },
  ],
  'listing.extractListingInSteps': [
    // TypeError: options.yieldToMain is not a function
    {
      family: 'wrong-type',
      args: ({ toDocument }) => [toDocument(''), 'https://www.amazon.com/dp/B000000000', 'http://a.aa'],
    },
    // TypeError: Cannot read properties of undefined (reading 'sliceSize')
    {
      family: 'nullish',
      args: ({ toDocument }) => [toDocument(''), 'https://www.amazon.com/dp/B000000000', undefined],
    },
  ],
  'listing.listingCategoryOf': [
    // TypeError: Cannot read properties of undefined (reading 'category')
    { family: 'nullish', args: () => [] },
  ],
  'listing.listingCategoryScores': [
    // TypeError: Cannot read properties of undefined (reading 'findings')
    { family: 'nullish', args: () => [] },
    // TypeError: report.findings is not iterable
    { family: 'wrong-type', args: () => [new Set([])] },
  ],
  'listing.listingCopyFindings': [
    // TypeError: Cannot read properties of undefined (reading 'marketplace')
    { family: 'nullish', args: () => [] },
  ],
  'listing.listingCopyPlacements': [
    // TypeError: Cannot convert object to primitive value
    { family: 'not-primitive', args: () => [{ __proto__: null }] },
  ],
  'listing.listingEssentials': [
    // TypeError: Cannot read properties of undefined (reading 'title')
    { family: 'nullish', args: () => [] },
    // TypeError: listing.title?.trim is not a function
    { family: 'wrong-type', args: () => [{ title: Number.POSITIVE_INFINITY }] },
  ],
  'listing.listingParseAmount': [
    // TypeError: Cannot convert object to primitive value
    { family: 'not-primitive', args: () => [{ __proto__: null }] },
  ],
  'listing.parseListingThresholds': [
    // TypeError: Cannot convert object to primitive value
    { family: 'not-primitive', args: () => ['http://a.aa', [{ __proto__: null }]] },
  ],
  'listing.resolveListingThresholds': [
    // TypeError: Cannot convert object to primitive value
    { family: 'not-primitive', args: () => ['http://a.aa', [{ __proto__: null }]] },
  ],
  'html.htmlNestingDepth': [
    // TypeError: Cannot read properties of undefined (reading 'length')
    { family: 'nullish', args: () => [] },
    // TypeError: html.charCodeAt is not a function
    // biome-ignore lint/suspicious/noSparseArray: the hole is the reproducer
    { family: 'wrong-type', args: () => [[,]] },
  ],
};

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
