// Tests for the funnel catalog: built-in ids and consistency, prototype keys, extensions and bad catalogs.
import { describe, expect, it } from 'vitest';
import { invalidInputTable } from '../engine/invalid-input-table.js';
import { createFunnelCatalog, DEFAULT_FUNNEL_CATALOG, getContentType, getKpi } from './catalog.js';
import { CONTENT_TYPE_IDS } from './content-types.js';
import { KPI_IDS } from './kpis.js';
import { FUNNEL_STAGES, STAGE_PRIMARY_KPIS } from './stages.js';

const quizKpi = {
  id: 'quiz-completions',
  label: 'Quiz completions',
  unit: 'count',
  direction: 'higher-is-better',
  definition: 'Completed product-finder quizzes',
  stages: ['evaluation'],
};
const quiz = {
  id: 'quiz',
  label: 'Product quiz',
  stages: ['evaluation'],
  formats: ['interactive'],
  primaryKpis: ['quiz-completions'],
};

describe('the built-in catalog', () => {
  it('has the stable ids of the issue', () => {
    expect(FUNNEL_STAGES).toEqual(['discovery', 'evaluation', 'decision', 'post-purchase']);
    expect(Object.keys(DEFAULT_FUNNEL_CATALOG.contentTypes)).toEqual([...CONTENT_TYPE_IDS]);
    expect(Object.keys(DEFAULT_FUNNEL_CATALOG.kpis)).toEqual([...KPI_IDS]);
    expect(KPI_IDS).toHaveLength(13);
  });

  it('is internally consistent: every KPI, format and stage reference resolves', () => {
    for (const type of Object.values(DEFAULT_FUNNEL_CATALOG.contentTypes)) {
      for (const k of type.primaryKpis) expect(getKpi(DEFAULT_FUNNEL_CATALOG, k), `${type.id} → ${k}`).toBeDefined();
      for (const f of type.formats) expect(DEFAULT_FUNNEL_CATALOG.formats).toContain(f);
      expect(type.stages.length).toBeGreaterThan(0);
    }
    for (const stage of FUNNEL_STAGES) {
      for (const k of STAGE_PRIMARY_KPIS[stage]) expect(getKpi(DEFAULT_FUNNEL_CATALOG, k)?.stages).toContain(stage);
    }
  });

  it('puts the seed content types in their stages, and ads in several', () => {
    const stagesOf = (id: string) => getContentType(DEFAULT_FUNNEL_CATALOG, id)?.stages;
    expect(stagesOf('brand-story')).toEqual(['discovery']);
    expect(stagesOf('a-plus-content')).toEqual(['evaluation']);
    expect(stagesOf('bundle')).toEqual(['decision']);
    expect(stagesOf('loyalty-content')).toEqual(['post-purchase']);
    expect(stagesOf('static-image-ad')).toEqual(['discovery', 'evaluation', 'decision']);
  });

  it('marks cost per creative as lower-is-better and rates as percentages', () => {
    expect(getKpi(DEFAULT_FUNNEL_CATALOG, 'cost-per-creative')?.direction).toBe('lower-is-better');
    expect(getKpi(DEFAULT_FUNNEL_CATALOG, 'conversion-rate')).toMatchObject({
      unit: 'percent',
      definition: expect.stringMatching(/^Orders ÷ sessions/),
    });
  });

  it('does not resolve prototype keys', () => {
    expect(getContentType(DEFAULT_FUNNEL_CATALOG, 'constructor')).toBeUndefined();
    expect(getKpi(DEFAULT_FUNNEL_CATALOG, '__proto__')).toBeUndefined();
  });
});

describe('createFunnelCatalog', () => {
  it('returns the built-in catalog without an extension', () => {
    expect(createFunnelCatalog()).toEqual({ catalog: DEFAULT_FUNNEL_CATALOG, findings: [] });
  });

  it('merges valid content types, KPIs and formats', () => {
    const { catalog, findings } = createFunnelCatalog({
      formats: ['live-stream'],
      kpis: [quizKpi],
      contentTypes: [
        quiz,
        { ...quiz, id: 'shoppable-live', formats: ['live-stream'], primaryKpis: ['revenue'], stages: ['decision'] },
      ],
      stagePrimaryKpis: { evaluation: ['quiz-completions', 'time-on-page'] },
    });
    expect(findings).toEqual([]);
    expect(getContentType(catalog, 'quiz')?.primaryKpis).toEqual(['quiz-completions']);
    expect(getContentType(catalog, 'shoppable-live')?.formats).toEqual(['live-stream']);
    expect(catalog.stagePrimaryKpis.evaluation).toEqual(['quiz-completions', 'time-on-page']);
    expect(getContentType(catalog, 'pdp')).toBeDefined();
  });

  it.each<[string, unknown, string[]]>([
    ['not an object', 'quiz', ['(root)']],
    ['an unknown top-level key', { types: [] }, ['types']],
    ['a non-array', { kpis: {} }, ['kpis']],
    ['a bad KPI unit', { kpis: [{ ...quizKpi, unit: 'points' }] }, ['kpis.0.unit']],
    ['an unknown key in a KPI', { kpis: [{ ...quizKpi, colour: 'red' }] }, ['kpis.0.colour']],
    ['a non-kebab id', { contentTypes: [{ ...quiz, id: 'Quiz Page', primaryKpis: ['ctr'] }] }, ['contentTypes.0.id']],
    ['an unknown KPI reference', { contentTypes: [quiz] }, ['contentTypes.0.primaryKpis.0']],
    [
      'an unknown format',
      { kpis: [quizKpi], contentTypes: [{ ...quiz, formats: ['hologram'] }] },
      ['contentTypes.0.formats.0'],
    ],
    [
      'a bad stage',
      { contentTypes: [{ ...quiz, stages: ['awareness'], primaryKpis: ['ctr'] }] },
      ['contentTypes.0.stages.0'],
    ],
    ['an unknown stage KPI', { stagePrimaryKpis: { discovery: ['views'] } }, ['stagePrimaryKpis.discovery.0']],
  ])('names the bad key: %s', (_name, extension, fields) => {
    const { findings, catalog } = createFunnelCatalog(extension);
    expect(findings.map((f) => f.field)).toEqual(fields);
    expect(findings.every((f) => f.ruleId === 'funnel/catalog-config' && f.severity === 'error')).toBe(true);
    expect(getContentType(catalog, 'pdp')).toBeDefined();
  });

  it('drops only the bad entry and keeps the rest', () => {
    const { catalog, findings } = createFunnelCatalog({ kpis: [quizKpi, { id: 'x' }], contentTypes: [quiz] });
    expect(findings.map((f) => f.field)).toEqual([
      'kpis.1.label',
      'kpis.1.unit',
      'kpis.1.direction',
      'kpis.1.definition',
      'kpis.1.stages',
    ]);
    expect(getContentType(catalog, 'quiz')).toBeDefined();
  });
});

describe('getContentType and getKpi: bad catalogs', () => {
  it('returns undefined for an id that is not a string, with a real catalog', () => {
    expect(getContentType(DEFAULT_FUNNEL_CATALOG, 42)).toBeUndefined();
    expect(getKpi(DEFAULT_FUNNEL_CATALOG, null)).toBeUndefined();
  });

  for (const [name, fn] of [
    ['getContentType', getContentType],
    ['getKpi', getKpi],
  ] as const) {
    describe(name, () => {
      invalidInputTable('funnel', [
        ['no catalog', () => (fn as () => unknown)(), 'catalog'],
        ['an array as the catalog', () => fn([] as never, 'pdp'), 'catalog'],
        ['a catalog without tables', () => fn({ stages: [] } as never, 'pdp'), 'catalog'],
      ]);
    });
  }
});
