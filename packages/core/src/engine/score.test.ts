// Tests for scoring: points per severity, the per-rule cap, weights, bands and bad findings or options.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from './finding.js';
import { invalidInputTable } from './invalid-input-table.js';
import { explainScore, scoreBand, scoreFindings } from './score.js';

const f = (ruleId: string, severity: Finding['severity']): Finding => ({
  ruleId,
  category: 'c',
  severity,
  message: 'm',
});

describe('scoreFindings', () => {
  it.each([
    [[], 100],
    [[f('a', 'error')], 85],
    [[f('a', 'warning'), f('b', 'info')], 94],
    [[f('a', 'error'), f('a', 'error'), f('a', 'error')], 70], // capped at 30 per rule
    [
      [
        f('a', 'error'),
        f('a', 'error'),
        f('a', 'error'),
        f('b', 'error'),
        f('b', 'error'),
        f('b', 'error'),
        f('c', 'error'),
        f('c', 'error'),
        f('c', 'error'),
        f('d', 'error'),
        f('d', 'error'),
      ],
      0,
    ],
  ])('scores %j as %i', (findings, expected) => {
    expect(scoreFindings(findings)).toBe(expected);
  });

  it('applies rule weights', () => {
    expect(scoreFindings([f('a', 'warning')], { weights: { a: 2 } })).toBe(90);
    expect(explainScore([f('a', 'warning'), f('b', 'error')], { weights: { a: 0 } })).toEqual([
      { ruleId: 'b', findings: 1, points: 15 },
      { ruleId: 'a', findings: 1, points: 0 },
    ]);
  });

  it('is an integer in 0..100 that does not depend on finding order', () => {
    const finding = fc.record({
      ruleId: fc.constantFrom('a', 'b', 'c'),
      category: fc.constant('c'),
      severity: fc.constantFrom('error', 'warning', 'info') as fc.Arbitrary<Finding['severity']>,
      message: fc.constant('m'),
    });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), (list) => {
        const score = scoreFindings(list);
        expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
        expect(scoreFindings([...list].reverse())).toBe(score);
      }),
    );
  });

  it('bands scores', () => {
    expect([95, 90, 89, 70, 69, 0].map((s) => scoreBand(s))).toEqual(['good', 'good', 'fair', 'fair', 'poor', 'poor']);
  });
});

describe('explainScore and scoreFindings: bad input', () => {
  it('treats null options as the defaults and never reads weights off the prototype', () => {
    expect(scoreFindings([f('a', 'error')], null as never)).toBe(85);
    expect(explainScore([f('constructor', 'warning')], { weights: {} })).toEqual([
      { ruleId: 'constructor', findings: 1, points: 5 },
    ]);
  });

  for (const [name, fn] of [
    ['explainScore', explainScore],
    ['scoreFindings', scoreFindings],
  ] as const) {
    describe(name, () => {
      invalidInputTable('engine', [
        ['no argument', () => (fn as () => unknown)(), 'findings'],
        ['a null finding', () => fn([null] as never), 'findings.0'],
        ['a finding without a rule id', () => fn([{ severity: 'info' }] as never), 'findings.0.ruleId'],
        ['options as a number', () => fn([], 5 as never), 'options'],
        [
          'a weight that is not a number',
          () => fn([f('a', 'info')], { weights: { a: '2' as never } }),
          'options.weights.a',
        ],
        [
          'severity points without info',
          () => fn([], { severityPoints: { error: 1, warning: 1 } as never }),
          'options.severityPoints.info',
        ],
        ['a NaN cap', () => fn([], { maxPointsPerRule: Number.NaN }), 'options.maxPointsPerRule'],
      ]);
    });
  }
});

describe('scoreBand: bad input', () => {
  it('treats null thresholds as the defaults', () => {
    expect(scoreBand(80, null as never)).toBe('fair');
    expect(scoreBand(80, { good: 95, fair: 85 })).toBe('poor');
  });

  invalidInputTable('engine', [
    ['a null-prototype score', () => scoreBand(Object.create(null)), 'score'],
    ['a NaN score', () => scoreBand(Number.NaN), 'score'],
    ['thresholds as a string', () => scoreBand(50, 'high' as never), 'thresholds'],
    ['thresholds without fair', () => scoreBand(50, { good: 90 } as never), 'thresholds.fair'],
  ]);
});
