// Tests for buildBriefContext's options: null means the defaults, a bad `now` or `catalog` is a typed error.
import { describe, expect, it } from 'vitest';
import { invalidInputTable } from '../engine/invalid-input-table.js';
import { createFunnelCatalog, DEFAULT_FUNNEL_CATALOG } from '../funnel/catalog.js';
import { buildBriefContext } from './context.js';
import { SAMPLE_BRIEF } from './fixtures.js';
import { BRIEF_EXAMPLE_NOW } from './pack.js';

describe('buildBriefContext: options', () => {
  it('treats null options (and null fields) as the defaults', () => {
    const ctx = buildBriefContext(SAMPLE_BRIEF, null as never);
    expect(ctx.catalog).toBe(DEFAULT_FUNNEL_CATALOG);
    expect(ctx.now).toBeInstanceOf(Date);
    expect(buildBriefContext(SAMPLE_BRIEF, { now: null, catalog: null } as never).catalog).toBe(DEFAULT_FUNNEL_CATALOG);
  });

  it('uses the given now and catalog', () => {
    const { catalog } = createFunnelCatalog({ formats: ['quiz'] });
    const ctx = buildBriefContext(SAMPLE_BRIEF, { now: BRIEF_EXAMPLE_NOW, catalog });
    expect(ctx.now).toBe(BRIEF_EXAMPLE_NOW);
    expect(ctx.catalog).toBe(catalog);
  });

  invalidInputTable('brief', [
    ['options as a string', () => buildBriefContext(SAMPLE_BRIEF, 'x' as never), 'options'],
    ['now as a number', () => buildBriefContext(SAMPLE_BRIEF, { now: 0 as never }), 'options.now'],
    ['an invalid Date', () => buildBriefContext(SAMPLE_BRIEF, { now: new Date(Number.NaN) }), 'options.now'],
    [
      'an object posing as a Date',
      () => buildBriefContext(SAMPLE_BRIEF, { now: Object.create(Date.prototype) }),
      'options.now',
    ],
    [
      'a catalog that is not one',
      () => buildBriefContext(SAMPLE_BRIEF, { catalog: { kpis: {} } as never }),
      'options.catalog',
    ],
  ]);
});
