/** Golden sets for @revloop/core/copy: realistic good copy raises no claims, AI-tell or placeholder errors; bad copy raises exactly the expected findings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintCopy, type PlacementId } from '../packages/core/src/copy/index.js';

interface GoodCase {
  id: string;
  placement: PlacementId;
  text: string;
}
interface BadCase extends GoodCase {
  /** Every finding, as `[ruleId, start, end, severity]`, in report order. */
  expected: Array<[string, number, number, string]>;
}

const dir = join(__dirname, 'fixtures/copy');
const good = JSON.parse(readFileSync(join(dir, 'good.json'), 'utf8')) as GoodCase[];
const bad = JSON.parse(readFileSync(join(dir, 'bad.json'), 'utf8')) as BadCase[];
const GUARDED = new Set(['claims', 'ai-tells', 'placeholders']);

describe('copy golden: good product copy', () => {
  it('has at least 30 texts across placements', () => {
    expect(good.length).toBeGreaterThanOrEqual(30);
    expect(new Set(good.map((g) => g.placement)).size).toBeGreaterThanOrEqual(10);
  });
  it.each(good.map((g) => [g.id, g] as const))(
    '%s raises no claims, ai-tells or placeholders errors or warnings',
    (_id, g) => {
      const flagged = lintCopy(g.text, { placement: g.placement })
        .findings.filter((f) => GUARDED.has(f.category) && f.severity !== 'info')
        .map((f) => `${f.ruleId} "${g.text.slice(f.range?.[0], f.range?.[1])}"`);
      expect(flagged).toEqual([]);
    },
  );
  it.each(good.map((g) => [g.id, g] as const))('%s raises no errors at all', (_id, g) => {
    expect(lintCopy(g.text, { placement: g.placement }).counts.error).toBe(0);
  });
});

describe('copy golden: bad copy', () => {
  it('has at least 30 texts', () => expect(bad.length).toBeGreaterThanOrEqual(30));
  it.each(bad.map((b) => [b.id, b] as const))('%s raises exactly the expected findings', (_id, b) => {
    const found = lintCopy(b.text, { placement: b.placement }).findings.map((f) => [
      f.ruleId,
      f.range?.[0],
      f.range?.[1],
      f.severity,
    ]);
    expect(found).toEqual(b.expected);
    expect(found.length).toBeGreaterThan(0);
  });
});
