/** Shared by the public-API fuzz suite and scripts/fuzz-report.ts: the functions to fuzz and the inputs to fuzz them with. */
/// <reference lib="dom" />
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { isRevloopError } from '../engine/errors.js';

export const RUNS = Number(process.env.REVLOOP_FUZZ_RUNS ?? 50);
export const SEED = Number(process.env.REVLOOP_FUZZ_SEED ?? 20_261_203);
/**
 * The public subpaths, fuzzed through their source indexes. Each loads on its own, so one module that fails to load
 * (mid-refactor) is reported as such instead of hiding the others.
 */
export const PUBLIC_SUBPATHS = ['engine', 'funnel', 'brief', 'copy', 'links', 'listing', 'html'] as const;
const LOADERS: Record<(typeof PUBLIC_SUBPATHS)[number], () => Promise<Record<string, unknown>>> = {
  engine: () => import('../engine/index.js'),
  funnel: () => import('../funnel/index.js'),
  brief: () => import('../brief/index.js'),
  copy: () => import('../copy/index.js'),
  links: () => import('../links/index.js'),
  listing: () => import('../listing/index.js'),
  html: () => import('../html/index.js'),
};

export type AnyFn = (...args: unknown[]) => unknown;

/** Classes (error types) and zod schemas are not functions to call with junk. */
function isPlainFunction(value: unknown): value is AnyFn {
  if (typeof value !== 'function') return false;
  if (/^class[\s{]/.test(Function.prototype.toString.call(value))) return false;
  return !('_zod' in value) && !('safeParse' in value);
}

/** Every public function once: one exported under two names (an alias, a re-export) is fuzzed under the first. */
export const FUNCTIONS: Array<{ id: string; aliases: string[]; fn: AnyFn }> = [];
/** Subpaths whose index failed to load, with the error. */
export const LOAD_ERRORS: Record<string, string> = {};
for (const module of PUBLIC_SUBPATHS) {
  let exports: Record<string, unknown>;
  try {
    exports = await LOADERS[module]();
  } catch (error) {
    LOAD_ERRORS[module] = String(error);
    continue;
  }
  // Sorted: Node and Vite order a module namespace differently, and the first name of an aliased function is its id.
  for (const [name, value] of Object.entries(exports).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!isPlainFunction(value)) continue;
    const known = FUNCTIONS.find((f) => f.fn === value);
    if (known) known.aliases.push(`${module}.${name}`);
    else FUNCTIONS.push({ id: `${module}.${name}`, aliases: [], fn: value });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries

/** Any JS value: primitives (NaN, -0, bigint), strings, dates, maps, sets, boxed values, null-prototype objects. */
const anything = fc.anything({
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
});

const specials = fc.constantFrom<unknown>(
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  -0,
  1e21,
  '',
  ' ',
  '\u0000',
  '\uD800',
  '{{',
  '__proto__',
  [],
  [[]],
  {},
  Object.create(null),
  new Date(Number.NaN),
);

/** Field names the public inputs use, so objects reach past the first `typeof` check with wrong values inside. */
const FIELDS = [
  'id',
  'title',
  'url',
  'text',
  'findings',
  'rules',
  'rule',
  'severity',
  'category',
  'placement',
  'range',
  'fix',
  'kind',
  'score',
  'counts',
  'penalties',
  'extends',
  'options',
  'meta',
  'check',
  'config',
  'brand',
  'catalog',
  'listing',
  'marketplace',
  'bullets',
  'images',
  'price',
  'description',
  'source',
  'medium',
  'campaign',
  'content',
  'term',
  'policy',
  'required',
  'funnelStage',
  'contentType',
  'audience',
  'businessGoal',
  'format',
  'deadline',
  'now',
  'stage',
  'tokens',
  'spec',
  'length',
  'toString',
  'valueOf',
] as const;

const shaped: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    anything,
    specials,
    fc.dictionary(fc.constantFrom(...FIELDS), tie('node'), { maxKeys: 6 }),
    fc.array(tie('node'), { maxLength: 4 }),
  ),
})).node;

const value = fc.oneof(
  anything,
  specials,
  shaped,
  fc.string(),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);
export const args = fc.array(value, { minLength: 0, maxLength: 3 });

/** Markup that reaches the extractors: product JSON-LD, microdata, Open Graph and the marketplace ids they look for. */
const snippet = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<h1 id="productTitle">Trail shoe</h1>',
    '<div id="feature-bullets"><ul><li>one</li><li></li></ul></div>',
    '<span class="a-price"><span class="a-offscreen">$1,2.3.4</span></span>',
    '<meta property="og:type" content="product"><meta property="og:title" content="">',
    '<meta name="description" content="x">',
    '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name"></span><span itemprop="offers" itemscope><meta itemprop="price" content="NaN"></span></div>',
    '<img src="" width="-1" height="abc">',
    '<script type="application/ld+json">{"@type":"Product","offers":{"price":"1e999"}}</script>',
    '<script type="application/ld+json">{"@graph":[null,1,"x",{"@type":["Product"]}]}</script>',
    '<script type="application/ld+json">{</script>',
    '<script>var ShopifyAnalytics = {"meta":{"product":null}};</script>',
    '<template><h1>hidden</h1></template>',
  ),
  fc
    .jsonValue({ maxDepth: 3 })
    .map(
      (v) =>
        `<script type="application/ld+json">${JSON.stringify({ '@type': 'Product', offers: v, name: v })}</script>`,
    ),
);
const htmlString = fc.array(snippet, { maxLength: 8 }).map((parts) => parts.join(''));
/** A linkedom document from markup; it prints as `toDocument("…")` in counterexamples, so they can be pasted back. */
export function toDocument(markup: string): Document {
  const source = /<html[\s>]/i.test(markup)
    ? markup
    : `<!doctype html><html><head></head><body>${markup}</body></html>`;
  const doc = parseHTML(source).document as unknown as Document;
  Object.defineProperty(doc, fc.toStringMethod, { value: () => `toDocument(${JSON.stringify(markup)})` });
  return doc;
}
const documentArb = htmlString.map(toDocument);
const urlArb = fc.oneof(
  fc.webUrl({ withQueryParameters: true }),
  fc.constantFrom(
    'https://www.amazon.com/dp/B000000000',
    'https://www.walmart.com/ip/1',
    'https://shop.myshopify.com/products/x',
    'not a url',
    '',
  ),
  value,
);

/** A `yieldToMain` that fails loudly instead of letting a non-terminating step loop hang the suite. */
export class TooManyYields extends Error {}
export function boundedYield(): () => void {
  let calls = 0;
  const yieldToMain = () => {
    calls += 1;
    if (calls > 10_000) throw new TooManyYields('extractListingInSteps yielded 10,000 times: a step never ends');
  };
  Object.defineProperty(yieldToMain, fc.toStringMethod, { value: () => 'boundedYield()' });
  return yieldToMain;
}

/** Functions documented to take a DOM Document (or HTML) get documents built from arbitrary markup too. */
export const DOCUMENT_ARGS: Record<string, fc.Arbitrary<unknown[]>> = {
  'listing.extractListing': fc.tuple(documentArb, urlArb),
  'listing.isProductPage': fc.tuple(documentArb, urlArb),
  'listing.extractListingInSteps': fc.tuple(
    documentArb,
    urlArb,
    fc.oneof(
      fc.record({ sliceSize: fc.oneof(fc.integer({ min: -2, max: 50 }), value) }).map((o) => ({
        ...o,
        yieldToMain: boundedYield(),
      })),
      value,
    ),
  ),
  'listing.detectMarketplace': fc.tuple(urlArb, documentArb),
  'html.auditHtml': fc.tuple(htmlString, urlArb, value),
  'html.parseHtmlDocument': fc.tuple(htmlString),
};

/** The inputs one function is fuzzed with: argument lists of 0–3 values, plus documents where it takes one. */
export function inputsFor(id: string): fc.Arbitrary<unknown[]> {
  const docs = DOCUMENT_ARGS[id];
  return docs ? fc.oneof(docs, args) : args;
}

/** Calls `fn`, awaiting a returned promise; resolves to the raw (non-Revloop) error it threw, if any. */
export async function rawThrowOf(fn: AnyFn, input: unknown[]): Promise<unknown> {
  try {
    const out = fn(...input);
    if (out && typeof (out as { then?: unknown }).then === 'function') await out;
    return undefined;
  } catch (error) {
    if (error instanceof TooManyYields) return error;
    return isRevloopError(error) ? undefined : error;
  }
}

/**
 * Families of raw errors, so a known bug is listed once per function and kind rather than once per property name:
 * a missing guard for null or undefined, a value of the wrong type, or an object that cannot become a primitive.
 */
export const RAW_ERROR_FAMILIES = {
  nullish:
    /^TypeError: (Cannot read properties of (undefined|null)|Cannot destructure property|Cannot convert undefined or null to object)/,
  'wrong-type':
    /^TypeError: (.* is not (a function|iterable)|Iterator value .* is not an entry object|Cannot use 'in' operator|Cannot create property)/,
  'not-primitive': /^TypeError: (Cannot convert object to primitive value|Cannot mix BigInt|Cannot convert a BigInt)/,
} as const;
export type RawErrorFamily = keyof typeof RAW_ERROR_FAMILIES;

/** The family of a raw error's `<name>: <message>`, or undefined for anything else (never tolerated). */
export function familyOf(text: string): RawErrorFamily | undefined {
  return (Object.keys(RAW_ERROR_FAMILIES) as RawErrorFamily[]).find((f) => RAW_ERROR_FAMILIES[f].test(text));
}

export const describeError = (e: unknown) =>
  e instanceof Error ? `${e.name}: ${e.message}` : `non-Error thrown: ${String(e)}`;
