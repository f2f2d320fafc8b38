import { describe, expect, it } from 'vitest';
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
