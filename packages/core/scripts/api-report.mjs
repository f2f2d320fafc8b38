#!/usr/bin/env node
// Writes packages/core/api/<subpath>.api.md from the built .d.ts files, so a change to the public surface shows in review.
// `pnpm api:report` writes the reports; `--check` exits 1 when a checked-in report is stale. Needs `pnpm build` first.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const PKG_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const API_DIR = join(PKG_DIR, 'api');

/** `.` → `index`, `./links` → `links`: the report's file name for a subpath. */
export function reportName(subpath) {
  return subpath === '.' ? 'index' : subpath.slice(2);
}

/** Every subpath of the exports map with its ESM types entry (`./package.json` has none). */
function entries() {
  const pkg = JSON.parse(readFileSync(join(PKG_DIR, 'package.json'), 'utf8'));
  return Object.entries(pkg.exports)
    .filter(([, target]) => typeof target === 'object' && target.import?.types)
    .map(([subpath, target]) => ({ subpath, file: join(PKG_DIR, target.import.types) }));
}

/** Collapses a declaration's text to single spaces, so formatting changes in the generated .d.ts do not churn. */
const flat = (text) => text.replace(/\s+/g, ' ').replace(/\(\s/g, '(').replace(/\s\)/g, ')').trim();

const FLAGS =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope |
  ts.TypeFormatFlags.WriteArrayAsGenericType;

const printer = ts.createPrinter({ removeComments: true });

function kindOf(symbol) {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Enum) return 'enum';
  if (f & ts.SymbolFlags.Variable) return 'const';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  if (f & ts.SymbolFlags.TypeAlias) return 'type';
  if (f & ts.SymbolFlags.Module) return 'namespace';
  return 'other';
}

/** One export's signature: call signatures for functions, the declared type for values, the declaration for types. */
function describeExport(checker, name, symbol) {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const kind = kindOf(target);
  const decls = target.declarations ?? [];
  const lines = [];
  if (kind === 'function') {
    const type = checker.getTypeOfSymbol(target);
    for (const sig of type.getCallSignatures()) {
      lines.push(`function ${name}${checker.signatureToString(sig, undefined, FLAGS)};`);
    }
  } else if (kind === 'const') {
    const type = checker.getTypeOfSymbol(target);
    lines.push(`const ${name}: ${checker.typeToString(type, undefined, FLAGS)};`);
  } else {
    // Types, interfaces, classes, enums: the declaration as written, members included, without comments (a doc
    // comment change is not an API change).
    for (const decl of decls) {
      let text = flat(printer.printNode(ts.EmitHint.Unspecified, decl, decl.getSourceFile()));
      text = text.replace(/^(export )?(declare )?/, '');
      // A re-export under another name (`export { a as b }`) keeps the exported name visible.
      const declared = target.getName();
      if (declared !== name) text = `/* exported as ${name} */ ${text}`;
      lines.push(text);
    }
  }
  // Other meanings of the same name (a const and a type both called `X`) are listed too.
  if (kind === 'const' && target.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface)) {
    for (const decl of decls.filter((d) => ts.isTypeAliasDeclaration(d) || ts.isInterfaceDeclaration(d))) {
      lines.push(
        flat(printer.printNode(ts.EmitHint.Unspecified, decl, decl.getSourceFile())).replace(
          /^(export )?(declare )?/,
          '',
        ),
      );
    }
  }
  return { name, kind, lines };
}

/**
 * The root entry's report: which names it takes from which subpath (their signatures are in that subpath's report),
 * plus in full anything that matches no subpath export.
 */
function rootBody(described, bySubpath) {
  const same = (a, b) => a.kind === b.kind && a.lines.join('\n') === b.lines.join('\n');
  const groups = new Map();
  const own = [];
  for (const d of described) {
    const from = [...bySubpath].find(([, list]) => list.some((e) => e.name === d.name && same(e, d)))?.[0];
    if (from) groups.set(from, [...(groups.get(from) ?? []), d.name]);
    else own.push(`// ${d.kind} ${d.name}\n${d.lines.join('\n')}`);
  }
  // Subpaths in exports-map order, so the report does not reshuffle when a name is added.
  const ordered = [...bySubpath.keys()].filter((k) => groups.has(k)).map((k) => [k, groups.get(k)]);
  const reexports = ordered.map(
    ([from, names]) => `export {\n${names.map((n) => `  ${n},`).join('\n')}\n} from '${from}';`,
  );
  return [...reexports, ...own].join('\n\n');
}

/** The reports as `{ '<name>.api.md': text }`, computed from the built declarations in `dist/`. */
export function generateApiReports() {
  const list = entries();
  for (const { file } of list) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`pnpm --filter @revloop/core build\` first.`);
  }
  const program = ts.createProgram(
    list.map((e) => e.file),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  const reports = {};
  /** Each subpath's exports, so the root entry (a union of subpaths) is reported as names per subpath. */
  const bySubpath = new Map();
  // The root entry last: it is described in terms of the subpaths it re-exports.
  list.sort((a, b) => (a.subpath === '.' ? 1 : b.subpath === '.' ? -1 : 0));
  for (const { subpath, file } of list) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    const specifier = subpath === '.' ? '@revloop/core' : `@revloop/core/${subpath.slice(2)}`;
    const exports = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
    const described = exports
      .map((s) => describeExport(checker, s.getName(), s))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const counts = {};
    for (const d of described) counts[d.kind] = (counts[d.kind] ?? 0) + 1;
    const summary = Object.entries(counts)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, n]) => `${n} ${k}`)
      .join(', ');
    const semver =
      subpath === './internal'
        ? 'Not covered by semver: helpers for the extension, docs generation and tests.'
        : 'Public API: a change here is a semver change.';
    const body =
      subpath === '.'
        ? rootBody(described, bySubpath)
        : described.map((d) => `// ${d.kind} ${d.name}\n${d.lines.join('\n')}`).join('\n\n');
    bySubpath.set(specifier, described);
    reports[`${reportName(subpath)}.api.md`] =
      `# API report: \`${specifier}\`\n\n` +
      '<!-- Generated by `pnpm api:report` from the built .d.ts files; test/api-report.test.ts fails when it is stale. -->\n\n' +
      `${semver} ${described.length} exports (${summary}).\n\n` +
      `\`\`\`ts\n${body}\n\`\`\`\n`;
  }
  return reports;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const reports = generateApiReports();
  if (process.argv.includes('--check')) {
    const stale = Object.entries(reports).filter(
      ([name, text]) => !existsSync(join(API_DIR, name)) || readFileSync(join(API_DIR, name), 'utf8') !== text,
    );
    for (const [name] of stale) console.error(`stale: packages/core/api/${name}`);
    process.exit(stale.length ? 1 : 0);
  }
  mkdirSync(API_DIR, { recursive: true });
  // A subpath that was removed loses its report too.
  for (const old of readdirSync(API_DIR).filter((f) => f.endsWith('.api.md') && !(f in reports))) {
    rmSync(join(API_DIR, old));
  }
  for (const [name, text] of Object.entries(reports)) writeFileSync(join(API_DIR, name), text);
  console.log(`wrote ${Object.keys(reports).length} API reports to packages/core/api/`);
}
