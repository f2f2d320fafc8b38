// Tests for checkBrief: verdicts, presets and config verbs, catalogs, and that it never throws on any input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRevloopError } from '../engine/errors.js';
import { invalidInputTable } from '../engine/invalid-input-table.js';
import { createFunnelCatalog } from '../funnel/catalog.js';
import { briefVerdict, checkBrief } from './check.js';
import { parseBriefConfig, resolveBriefConfig } from './config.js';
import { buildBriefContext } from './context.js';
import { SAMPLE_BRIEF } from './fixtures.js';
import { BRIEF_EXAMPLE_NOW } from './pack.js';

const now = BRIEF_EXAMPLE_NOW;
const ids = (r: ReturnType<typeof checkBrief>) => r.findings.map((f) => `${f.ruleId}@${f.field}`);

describe('checkBrief', () => {
  it('passes a complete, specific brief', () => {
    const r = checkBrief(SAMPLE_BRIEF, { now });
    expect(ids(r)).toEqual([]);
    expect(r).toMatchObject({ score: 100, complete: true, missing: [], verdict: 'ready', rulesRun: 13 });
  });

  it.each([null, undefined, 'brief', 42, true, [], [SAMPLE_BRIEF]])(
    'turns %j into findings, never a throw',
    (input) => {
      const r = checkBrief(input, { now });
      expect(r.findings[0]).toMatchObject({ ruleId: 'brief/invalid-field', field: '(root)', severity: 'error' });
      expect(r.missing).toHaveLength(9);
      expect(r).toMatchObject({ score: 0, complete: false, verdict: 'incomplete' });
    },
  );

  it('lists missing fields and is incomplete', () => {
    const { audience: _a, requiredClaims: _c, ...rest } = SAMPLE_BRIEF;
    const r = checkBrief(rest, { now });
    expect(r.missing).toEqual(['audience', 'requiredClaims']);
    expect(r).toMatchObject({ score: 40, complete: false, verdict: 'incomplete' });
  });

  it('is blocked, not complete, when a present field has an error', () => {
    const r = checkBrief({ ...SAMPLE_BRIEF, deadline: '2026-02-01' }, { now });
    expect(ids(r)).toEqual(['brief/deadline-risk@deadline']);
    expect(r).toMatchObject({ score: 85, complete: false, missing: [], verdict: 'blocked' });
  });

  it('names a wrong type without dropping the other fields', () => {
    const r = checkBrief({ ...SAMPLE_BRIEF, funnelStage: 3, audience: 'Everyone' }, { now });
    expect(ids(r)).toEqual(['brief/invalid-field@funnelStage', 'brief/generic-audience@audience']);
    expect(r.missing).toEqual([]);
    expect(r.complete).toBe(false);
  });

  it('uses `now` for deadlines (deterministic)', () => {
    const later = new Date('2026-03-25T09:00:00Z');
    expect(ids(checkBrief(SAMPLE_BRIEF, { now: later }))).toEqual(['brief/deadline-risk@deadline']);
  });

  it('applies presets and rule settings, and reports bad config by key', () => {
    const vague = { ...SAMPLE_BRIEF, audience: 'busy urban professionals' };
    expect(checkBrief(vague, { now }).findings[0]?.severity).toBe('warning');
    expect(checkBrief(vague, { now, config: { extends: 'strict' } }).findings[0]?.severity).toBe('error');
    expect(checkBrief(vague, { now, config: { rules: { 'brief/generic-audience': 'off' } } }).findings).toEqual([]);
    const bad = checkBrief(SAMPLE_BRIEF, { now, config: { extends: 'strictest', rules: { 'brief/nope': 'error' } } });
    expect(bad.configFindings.map((f) => [f.ruleId, f.field])).toEqual([
      ['config/invalid', 'extends'],
      ['config/invalid', 'rules.brief/nope'],
    ]);
    expect(checkBrief(SAMPLE_BRIEF, { now, config: 'nonsense' }).configFindings[0]).toMatchObject({
      ruleId: 'config/invalid',
      field: '(root)',
    });
  });

  // Regression (issue 9): config findings were run as findings, so a typo in config cost 15 points and blocked the brief.
  it('never lets a config finding change the score, counts or verdict', () => {
    const clean = checkBrief(SAMPLE_BRIEF, { now });
    for (const config of [{ rules: { 'brief/nope': 'error' } }, { extends: 'strictest' }, 'nonsense', { rule: {} }]) {
      const r = checkBrief(SAMPLE_BRIEF, { now, config });
      expect(r.configFindings.length).toBeGreaterThan(0);
      expect([r.score, r.verdict, r.counts, r.findings]).toEqual([
        clean.score,
        clean.verdict,
        clean.counts,
        clean.findings,
      ]);
    }
  });

  it('drops only the bad setting', () => {
    const vague = { ...SAMPLE_BRIEF, audience: 'busy urban professionals' };
    const r = checkBrief(vague, { now, config: { extends: 'strict', rules: 5, typo: true } });
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.configFindings.map((f) => [f.ruleId, f.field])).toEqual([
      ['config/invalid', 'typo'],
      ['config/invalid', 'rules'],
    ]);
  });

  it('turns bad options into config findings and keeps the rest', () => {
    const r = checkBrief(SAMPLE_BRIEF, {
      now,
      catalog: { nope: 1 } as never,
      readyScore: Number.NaN,
    });
    expect(r.configFindings.map((f) => f.field)).toEqual(['catalog', 'readyScore']);
    expect(r.verdict).toBe('ready');
    const badNow = checkBrief(SAMPLE_BRIEF, { now: new Date('not a date') });
    expect(badNow.configFindings.map((f) => f.field)).toEqual(['now']);
    expect(checkBrief(SAMPLE_BRIEF, null as never).configFindings).toEqual([]);
    expect(checkBrief(SAMPLE_BRIEF, 'x' as never).configFindings.map((f) => f.field)).toEqual(['options']);
  });

  it('parseBriefConfig throws a RevloopError with code config/invalid; resolveBriefConfig never throws', () => {
    expect(() => parseBriefConfig({ extends: 'strictest' })).toThrow(
      expect.objectContaining({ code: 'config/invalid' }),
    );
    try {
      parseBriefConfig({ rules: { 'brief/generic-audience': { options: { minWords: -1 } } } });
      expect.unreachable();
    } catch (error) {
      expect(isRevloopError(error)).toBe(true);
      expect((error as { findings: { field: string }[] }).findings.map((f) => f.field)).toEqual([
        'rules.brief/generic-audience.options.minWords',
      ]);
    }
    expect(parseBriefConfig({ extends: 'strict' }).rules.length).toBeGreaterThan(0);
    expect(resolveBriefConfig(42).findings.map((f) => f.field)).toEqual(['(root)']);
  });

  it('reads content types and KPIs from an extended catalog', () => {
    const { catalog, findings } = createFunnelCatalog({
      kpis: [
        {
          id: 'quiz-completions',
          label: 'Quiz completions',
          unit: 'count',
          direction: 'higher-is-better',
          definition: 'Completed quizzes',
          stages: ['evaluation'],
        },
      ],
      contentTypes: [
        {
          id: 'quiz',
          label: 'Quiz',
          stages: ['evaluation'],
          formats: ['interactive'],
          primaryKpis: ['quiz-completions'],
        },
      ],
    });
    expect(findings).toEqual([]);
    const brief = {
      ...SAMPLE_BRIEF,
      contentType: 'quiz',
      funnelStage: 'evaluation',
      format: { kind: 'interactive' },
      businessGoal: { metric: 'quiz-completions', target: 900 },
    };
    expect(ids(checkBrief(brief, { now }))).toEqual([
      'brief/unknown-id@businessGoal.metric',
      'brief/unknown-id@contentType',
    ]);
    expect(ids(checkBrief(brief, { now, catalog }))).toEqual([]);
  });

  it('derives the verdict from missing fields, errors and the score', () => {
    const counts = { error: 0, warning: 0, info: 0 };
    expect(briefVerdict({ score: 100, counts }, ['title'])).toBe('incomplete');
    expect(briefVerdict({ score: 85, counts: { ...counts, error: 1 } }, [])).toBe('blocked');
    expect(briefVerdict({ score: 94, counts }, [])).toBe('needs-work');
    expect(briefVerdict({ score: 95, counts }, [])).toBe('ready');
    expect(briefVerdict({ score: 85, counts }, [], 85)).toBe('ready');
    expect(checkBrief({ ...SAMPLE_BRIEF, audience: 'Everyone' }, { now }).verdict).toBe('needs-work');
    expect(checkBrief({ ...SAMPLE_BRIEF, audience: 'Everyone' }, { now, readyScore: 90 }).verdict).toBe('ready');
  });

  it('never throws on arbitrary JSON, and always returns a well-formed report', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const r = checkBrief(input, { now });
        expect(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100).toBe(true);
        expect(r.complete).toBe(r.missing.length === 0 && r.counts.error === 0);
        for (const f of r.findings) expect(f.ruleId).not.toBe('internal-error');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on anything, including brief-shaped junk', () => {
    const field = fc.constantFrom(
      'title',
      'contentType',
      'funnelStage',
      'audience',
      'primaryKeyword',
      'keyMessage',
      'format',
      'visualDirection',
      'requiredClaims',
      'businessGoal',
      'deadline',
      'budget',
      'references',
      '__proto__',
      'constructor',
    );
    const junk = fc.oneof(fc.anything(), fc.dictionary(field, fc.anything()), fc.record({ ...SAMPLE_BRIEF_ARB }));
    fc.assert(
      fc.property(junk, (input) => {
        const r = checkBrief(input, { now });
        for (const f of r.findings) expect(f.ruleId).not.toBe('internal-error');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on junk options or config', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (options, config) => {
        const r = checkBrief(
          SAMPLE_BRIEF,
          (typeof options === 'object' && options !== null ? { ...options, config } : options) as never,
        );
        expect(Number.isInteger(r.score)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

// Issue 14: a format without a kind, or with the spec keys marketers write, must not make a complete brief look worse.
describe('checkBrief: how the format is read', () => {
  const notes = (r: ReturnType<typeof checkBrief>) => r.findings.map((f) => `${f.ruleId} ${f.severity} ${f.field}`);

  it('infers format.kind from the content type: complete, ready, full score, one info note', () => {
    const r = checkBrief(
      { ...SAMPLE_BRIEF, format: { wordCount: 1200, images: 4, placements: ['google.search'] } },
      { now },
    );
    expect(notes(r)).toEqual(['brief/format-notes info format.kind']);
    expect(r.findings[0]?.message).toContain('read as "article", the default format of content type "blog-post"');
    expect(r).toMatchObject({ score: 100, complete: true, missing: [], verdict: 'ready' });
    expect(r.penalties).toEqual([{ ruleId: 'brief/format-notes', findings: 1, points: 0 }]);
    expect(buildBriefContext({ ...SAMPLE_BRIEF, format: {} }, { now }).brief.format).toEqual({
      kind: 'article',
    });
  });

  it('keeps a kind without a content type to infer it from a gap, as before', () => {
    const { contentType: _c, ...rest } = SAMPLE_BRIEF;
    const r = checkBrief({ ...rest, format: { wordCount: 1200 } }, { now });
    expect(notes(r)).toEqual(['brief/required-fields error contentType', 'brief/invalid-field error format.kind']);
    expect(r.complete).toBe(false);
    const unknownType = checkBrief({ ...SAMPLE_BRIEF, contentType: 'podcast', format: {} }, { now });
    expect(notes(unknownType)).toContain('brief/invalid-field error format.kind');
  });

  it('reads marketers’ spec keys and duration strings under revloop’s names', () => {
    const video = {
      ...SAMPLE_BRIEF,
      contentType: 'video-ad',
      primaryKeyword: undefined,
      businessGoal: { metric: 'ctr', target: 1.2 },
      format: { kind: 'short-video', aspect_ratio: '9:16', duration: '0:20', placement: 'tiktok.in-feed' },
    };
    const ctx = buildBriefContext(video, { now });
    expect(ctx.brief.format).toEqual({
      kind: 'short-video',
      aspectRatio: '9:16',
      durationSec: 20,
      placements: ['tiktok.in-feed'],
    });
    expect(ids(checkBrief(video, { now }))).toEqual([]);
    // The same brief at 90 s breaks TikTok's limit: the parsed duration is the one the placement check reads.
    const long = checkBrief({ ...video, format: { ...video.format, duration: '1:30' } }, { now });
    expect(ids(long)).toEqual(['brief/format-mismatch@format.placements.0']);
  });

  it('notes an unknown spec key as info without changing the score, counts of errors or the verdict', () => {
    const clean = checkBrief(SAMPLE_BRIEF, { now });
    const r = checkBrief({ ...SAMPLE_BRIEF, format: { ...SAMPLE_BRIEF.format, colourway: 'red' } }, { now });
    expect(notes(r)).toEqual(['brief/format-notes info format.colourway']);
    expect([r.score, r.verdict, r.complete, r.counts.error]).toEqual([clean.score, clean.verdict, true, 0]);
  });

  it('names an unreadable duration by the key as written', () => {
    const r = checkBrief({ ...SAMPLE_BRIEF, format: { kind: 'article', duration: 'soon', images: 2.5 } }, { now });
    expect(notes(r)).toEqual(['brief/invalid-field error format.duration', 'brief/invalid-field error format.images']);
    expect(r.complete).toBe(false);
  });

  it('never throws on junk formats', () => {
    const key = fc.constantFrom(
      'kind',
      'type',
      'duration',
      'durationSec',
      'images',
      'words',
      'specs',
      'placement',
      '__proto__',
      'x',
    );
    const format = fc.oneof(
      fc.anything(),
      fc.dictionary(key, fc.oneof(fc.anything(), fc.string(), fc.dictionary(key, fc.anything()))),
    );
    fc.assert(
      fc.property(format, fc.constantFrom('blog-post', 'promo-asset', 'nope', undefined), (f, contentType) => {
        const r = checkBrief({ ...SAMPLE_BRIEF, contentType, format: f }, { now });
        for (const x of r.findings) expect(x.ruleId).not.toBe('internal-error');
        expect(r.penalties.find((p) => p.ruleId === 'brief/format-notes')?.points ?? 0).toBe(0);
      }),
      { numRuns: 500, seed: 14 },
    );
  });
});

/** Each field of the sample brief, or anything at all in its place. */
const SAMPLE_BRIEF_ARB = Object.fromEntries(
  Object.entries(SAMPLE_BRIEF).map(([k, v]) => [k, fc.oneof(fc.constant(v), fc.anything(), fc.jsonValue())]),
);

describe('briefVerdict: bad input', () => {
  const counts = { error: 0, warning: 0, info: 0 };

  it('treats a null readyScore as the default (95)', () => {
    expect(briefVerdict({ score: 95, counts }, [], null as never)).toBe('ready');
    expect(briefVerdict({ score: 94, counts }, [], null as never)).toBe('needs-work');
  });

  invalidInputTable('brief', [
    ['no argument', () => (briefVerdict as () => unknown)(), 'report'],
    ['a report without counts', () => briefVerdict({ score: 90 } as never, []), 'report.counts'],
    ['counts without error', () => briefVerdict({ score: 90, counts: {} } as never, []), 'report.counts'],
    ['a null-prototype score', () => briefVerdict({ score: Object.create(null), counts }, []), 'report.score'],
    ['no missing list', () => (briefVerdict as (r: unknown) => unknown)({ score: 90, counts }), 'missing'],
    ['a readyScore that is a string', () => briefVerdict({ score: 90, counts }, [], '90' as never), 'readyScore'],
  ]);
});
