// Tests for briefTemplate: catalog facts per content type, markers checkBrief flags, unknown ids and bad input.
import { describe, expect, it } from 'vitest';
import { invalidInputTable } from '../engine/invalid-input-table.js';
import { CONTENT_TYPE_IDS } from '../funnel/content-types.js';
import { checkBrief } from './check.js';
import { BRIEF_EXAMPLE_NOW } from './pack.js';
import { briefTemplate } from './template.js';

describe('briefTemplate', () => {
  it('pre-fills the catalog facts for a content type', () => {
    const t = briefTemplate('pdp');
    expect(t.known).toBe(true);
    expect(t.brief).toMatchObject({ contentType: 'pdp', funnelStage: 'decision', format: { kind: 'product-page' } });
    expect(t.brief.businessGoal).toMatchObject({ metric: 'conversion-rate' });
    expect(t.guidance.primaryKeyword).toMatch(/^Required/);
    expect(t.findings).toEqual([]);
  });

  it('leaves multi-stage types to choose a stage', () => {
    expect(briefTemplate('video-ad').brief.funnelStage).toBe('[insert one of: discovery, evaluation, decision]');
  });

  it('is flagged by checkBrief until the markers are replaced, for every content type', () => {
    for (const id of CONTENT_TYPE_IDS) {
      const r = checkBrief(briefTemplate(id).brief, { now: BRIEF_EXAMPLE_NOW });
      expect(r.missing).toEqual([]);
      expect(r.complete).toBe(false);
      expect(r.findings.some((f) => f.ruleId === 'brief/placeholder-text')).toBe(true);
      expect(r.findings.some((f) => f.ruleId === 'brief/unknown-id')).toBe(false);
    }
  });

  it('returns a generic template and a finding for an unknown type', () => {
    const t = briefTemplate('podcast');
    expect(t.known).toBe(false);
    expect(t.findings.map((f) => [f.ruleId, f.field])).toEqual([['brief/unknown-id', 'contentType']]);
  });
});

describe('briefTemplate: bad input', () => {
  it('treats null options (and a null catalog) as the defaults', () => {
    expect(briefTemplate('pdp', null as never)).toEqual(briefTemplate('pdp'));
    expect(briefTemplate('pdp', { catalog: null as never })).toEqual(briefTemplate('pdp'));
  });

  invalidInputTable('brief', [
    ['no content type', () => (briefTemplate as () => unknown)(), 'contentType'],
    ['a null-prototype content type', () => briefTemplate(Object.create(null)), 'contentType'],
    ['a number as the content type', () => briefTemplate(7 as never), 'contentType'],
    ['options as a string', () => briefTemplate('pdp', 'x' as never), 'options'],
    ['a catalog that is not one', () => briefTemplate('pdp', { catalog: [] as never }), 'options.catalog'],
  ]);
});
