/**
 * Lists every distinct raw (non-Revloop) error the public-API fuzz finds, per function, each with a shrunk
 * reproducer, and prints them as KNOWN_RAW_THROWS cases for src/fuzz/public-api.fuzz.test.ts.
 * Run: `pnpm --filter @revloop/core exec tsx scripts/fuzz-report.ts [runs] [function id…] [--write]`; `--write` puts
 * the list into the test instead of printing it. The default 500 runs find a superset of what `pnpm test` (50) meets.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  describeError,
  FUNCTIONS,
  familyOf,
  inputsFor,
  LOAD_ERRORS,
  type RawErrorFamily,
  rawThrowOf,
  SEED,
  TooManyYields,
} from '../src/fuzz/arbitraries.js';

const write = process.argv.includes('--write');
const [runsArg, ...only] = process.argv.slice(2).filter((a) => a !== '--write');
const RUNS = Number(runsArg ?? 500);
for (const [module, error] of Object.entries(LOAD_ERRORS)) console.error(`${module}: not loaded (${error})`);

const found: Array<{ id: string; args: string; family: string; text: string }> = [];
for (const { id, fn } of FUNCTIONS) {
  if (only.length && !only.includes(id)) continue;
  const tolerated = new Set<RawErrorFamily>();
  for (;;) {
    const result = await fc.check(
      fc.asyncProperty(inputsFor(id), async (input) => {
        const raw = await rawThrowOf(fn, input);
        if (raw === undefined) return true;
        const text = describeError(raw);
        const family = raw instanceof TooManyYields ? undefined : familyOf(text);
        if (family && tolerated.has(family)) return true;
        throw new Error(text);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    if (!result.failed || !result.counterexample) break;
    const text = (result.errorInstance as Error).message;
    const family = familyOf(text);
    // The property takes one argument (the argument list), so the counterexample is `[args]`.
    const args = fc.stringify(result.counterexample[0]);
    console.error(`${id}\t${family ?? 'UNLISTED'}\t${args}\t${text}`);
    if (!family) {
      console.error(`${id}: "${text}" is in no family; add one to RAW_ERROR_FAMILIES or fix it first.`);
      break;
    }
    found.push({ id, args, family, text });
    tolerated.add(family);
  }
}

const byId = new Map<string, typeof found>();
for (const f of found) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
const uses = (args: string) => ['toDocument', 'boundedYield'].filter((h) => args.includes(`${h}(`)).join(', ');
const lines = ['const KNOWN_RAW_THROWS: Record<string, KnownRawThrow[]> = {'];
for (const [id, cases] of byId) {
  lines.push(`  '${id}': [`);
  for (const c of cases) {
    lines.push(`    // ${c.text}`);
    // fast-check prints holes as holes; they are the reproducer, so Biome's sparse-array lint is told so.
    if (/\[,|,,/.test(c.args))
      lines.push('    // biome-ignore lint/suspicious/noSparseArray: the hole is the reproducer');
    lines.push(`    { family: '${c.family}', args: (${uses(c.args) ? `{ ${uses(c.args)} }` : ''}) => ${c.args} },`);
  }
  lines.push('  ],');
}
lines.push('};');
const block = lines.join('\n');

if (write) {
  // Replaces the allowlist in the test in place; review the diff before committing.
  const file = new URL('../src/fuzz/public-api.fuzz.test.ts', import.meta.url);
  const text = readFileSync(file, 'utf8');
  const list = /const KNOWN_RAW_THROWS: Record<string, KnownRawThrow\[\]> = (\{\};|\{\n[\s\S]*?\n\};)/;
  if (!list.test(text)) throw new Error('KNOWN_RAW_THROWS not found in the fuzz test');
  writeFileSync(
    file,
    text.replace(list, () => block),
  );
  console.error('rewrote KNOWN_RAW_THROWS in src/fuzz/public-api.fuzz.test.ts');
} else console.log(block);
console.error(`${found.length} raw error(s) in ${byId.size} function(s), ${RUNS} runs each, seed ${SEED}.`);
