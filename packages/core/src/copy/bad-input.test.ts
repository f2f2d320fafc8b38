/** Bad-input table for every public copy function: each returns or throws a RevloopError, never a raw error. */
import { describe, expect, it } from 'vitest';
import { isRevloopError } from '../engine/errors.js';
import * as copy from './index.js';

/** Values of the wrong type for any argument: null, numbers, objects where strings go, and worse. */
const BAD: [name: string, value: unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['a boolean', true],
  ['an empty object', {}],
  ['an object', { text: 1, placement: 7, config: 'x', range: 'y', fix: 5 }],
  ['an array', [1, 'a', null]],
  ['a string', 'not what was expected'],
  ['a symbol', Symbol('x')],
  ['a null-prototype object', Object.create(null)],
  ['a function', () => 'x'],
];

const FINDING = { fix: { kind: 'replace', range: [0, 1], text: 'X' } };
const ctx = copy.createCopyContext('The best kettle.');
const matcher = copy.compileCopyPhrases([['best', 1]]);
const spec = { id: 'copy/test/rule', category: 'brand-voice', severity: 'warning', message: 'm' };

/** Each public function with good arguments; every row swaps one argument for a bad value. */
const FUNCTIONS: [name: string, fn: (...args: unknown[]) => unknown, good: unknown[]][] = [
  ['lintCopy', copy.lintCopy as never, ['The best kettle.', { placement: 'amazon.title' }]],
  ['applyFixes', copy.applyFixes as never, ['abc', [FINDING]]],
  ['fixCopyText', copy.fixCopyText as never, ['Soft  tee', (t: string) => copy.lintCopy(t), 3]],
  ['parseCopyConfig', copy.parseCopyConfig as never, [{}]],
  ['resolveCopyConfig', copy.resolveCopyConfig as never, [{}]],
  ['createCopyContext', copy.createCopyContext as never, ['text', { placement: 'generic' }]],
  ['splitCopySentences', copy.splitCopySentences as never, [ctx]],
  ['countCopyGraphemes', copy.countCopyGraphemes as never, ['👍🏽 ok']],
  ['countCopyUtf8Bytes', copy.countCopyUtf8Bytes as never, ['ä']],
  ['countCopyDisplayWidth', copy.countCopyDisplayWidth as never, ['日本']],
  ['countCopySmsSegments', copy.countCopySmsSegments as never, ['Hi 🎉']],
  ['countCopySyllables', copy.countCopySyllables as never, ['water']],
  ['computeCopyFleschReadingEase', copy.computeCopyFleschReadingEase as never, [100, 10, 130]],
  ['measureCopyLength', copy.measureCopyLength as never, ['Kettle', copy.placements['amazon.title'], 'en']],
  ['tokenizeCopy', copy.tokenizeCopy as never, ['The best kettle.']],
  ['tokenizeCopyColumns', copy.tokenizeCopyColumns as never, ['The best kettle.']],
  ['compileCopyPhrases', copy.compileCopyPhrases as never, [[['best', 1]], { plurals: true }]],
  ['findCopyPhrases', copy.findCopyPhrases as never, [ctx.tokens, matcher]],
  ['buildCopyCustomRule', copy.buildCopyCustomRule as never, [{ kind: 'required', id: 'cta', anyOf: ['shop'] }]],
  ['copyExistenceRule', copy.copyExistenceRule as never, [{ ...spec, tokens: ['best'] }]],
  ['copySubstitutionRule', copy.copySubstitutionRule as never, [{ ...spec, swap: { tee: 'T-shirt' } }]],
  ['copyOccurrenceRule', copy.copyOccurrenceRule as never, [{ ...spec, count: 'words', max: 3 }]],
  ['copyRepetitionRule', copy.copyRepetitionRule as never, [{ ...spec, scope: 'text', max: 2 }]],
  ['copyCapitalizationRule', copy.copyCapitalizationRule as never, [{ ...spec, terms: ['iPhone'] }]],
  ['copyRequiredRule', copy.copyRequiredRule as never, [{ ...spec, anyOf: ['shop now'] }]],
  ['copyReadabilityRule', copy.copyReadabilityRule as never, [{ ...spec, metric: 'sentence-length' }]],
];

/** What a call did: returned, threw a RevloopError (with its code), or threw something else (a bug). */
function outcome(fn: (...args: unknown[]) => unknown, args: unknown[]): string {
  try {
    const out = fn(...args);
    // A factory's rule must also survive being run, so bad specs cannot hide until the first lint.
    if (out && typeof out === 'object' && 'check' in out)
      (out as { check(c: unknown, o: unknown): unknown }).check(ctx, undefined);
    return 'returned';
  } catch (error) {
    if (isRevloopError(error)) return `RevloopError ${error.code}`;
    return `raw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

describe('public copy functions on bad input', () => {
  for (const [name, fn, good] of FUNCTIONS) {
    const rows = good.flatMap((_, position) =>
      BAD.map(([label, value]) => {
        const args = [...good];
        args[position] = value;
        return [`argument ${position + 1} is ${label}`, args] as const;
      }),
    );
    it.each(rows)(`${name}: %s`, (_label, args) => {
      expect(outcome(fn, [...args])).toMatch(/^(returned|RevloopError (copy|config)\/[a-z-]+)$/);
    });
  }

  it('the good arguments of the table are accepted, so each row tests only its bad value', () => {
    for (const [, fn, good] of FUNCTIONS) expect(outcome(fn, good)).toBe('returned');
  });
});
