// Tests for every rule pack: unique ids, docs and examples that behave as documented, fresh generated docs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../scripts/generate-docs.js';
import { discoverRulePacks } from './discover.js';
import { checkRuleMeta } from './engine/meta-check.js';

const packs = discoverRulePacks();

describe('every rule pack', () => {
  it('rule ids are unique across packs', () => {
    const ids = packs.flatMap((p) => p.rules.map((r) => r.id));
    expect(ids.length).toBe(new Set(ids).size);
  });

  for (const pack of packs) {
    it(`${pack.id}: every rule has docs and examples that behave as documented`, () => {
      expect(checkRuleMeta(pack)).toEqual([]);
    });
  }
});

describe('generated docs', () => {
  for (const [file, text] of Object.entries(generatedFiles())) {
    it(`docs/${file} is up to date (run pnpm docs:gen)`, () => {
      const onDisk = readFileSync(join(__dirname, '../../../docs', file), 'utf8');
      expect(onDisk).toBe(text);
    });
  }
});
