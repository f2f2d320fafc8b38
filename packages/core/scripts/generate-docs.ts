/** Writes docs/rules.md and docs/schemas/*.json from the code; `pnpm docs:gen` runs it, a test checks freshness. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverRulePacks, discoverSchemas } from '../src/discover.js';
import { toJsonSchemas } from '../src/engine/index.js';
import { renderRulesMarkdown } from '../src/internal.js';

const DOCS = join(dirname(fileURLToPath(import.meta.url)), '../../../docs');

export function generatedFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'rules.md': renderRulesMarkdown(
      discoverRulePacks(),
      "Every rule revloop runs, generated from each rule's `meta`: what it checks, why, its source, and examples that the meta-tests run.",
    ),
  };
  for (const [name, schema] of Object.entries(toJsonSchemas(discoverSchemas()))) {
    files[`schemas/${name}.json`] = `${JSON.stringify(schema, null, 2)}\n`;
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [file, text] of Object.entries(generatedFiles())) {
    mkdirSync(dirname(join(DOCS, file)), { recursive: true });
    writeFileSync(join(DOCS, file), text);
    console.log(`wrote docs/${file}`);
  }
}
