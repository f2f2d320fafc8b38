// The checked-in API reports (packages/core/api/*.api.md) match the built .d.ts files, so API changes show in review.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateApiReports } from '../packages/core/scripts/api-report.mjs';

const API_DIR = join(__dirname, '../packages/core/api');
// Reads dist/, which `pnpm test` builds first; one TypeScript program over every entry takes a few seconds.
const generated: Record<string, string> = generateApiReports();

describe('public API report (pnpm api:report)', () => {
  it('has a report per exports subpath and no report for a removed one', () => {
    const checkedIn = existsSync(API_DIR) ? readdirSync(API_DIR).filter((f) => f.endsWith('.api.md')) : [];
    expect(checkedIn.sort()).toEqual(Object.keys(generated).sort());
  });

  for (const [name, text] of Object.entries(generated)) {
    it(`${name} is up to date (run \`pnpm api:report\` and review the diff)`, () => {
      const file = join(API_DIR, name);
      expect(existsSync(file), `packages/core/api/${name} is missing`).toBe(true);
      // Line arrays give a readable per-line diff instead of one long string.
      expect(readFileSync(file, 'utf8').split('\n')).toEqual(text.split('\n'));
    });
  }

  it('marks the internal subpath as outside semver', () => {
    expect(generated['internal.api.md']).toContain('Not covered by semver');
  });
});
