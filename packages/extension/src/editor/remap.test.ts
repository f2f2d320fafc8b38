/** Remap: the span an edit touches, and findings shifted or dropped after the edit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editSpan, remapFindings } from './remap.js';
import type { CheckFinding } from './types.js';

const finding = (start: number, end: number, fixText?: string): CheckFinding => ({
  ruleId: 'copy/test',
  category: 'claims',
  severity: 'error',
  message: 'm',
  range: [start, end],
  ...(fixText === undefined
    ? {}
    : { fix: { kind: 'replace' as const, range: [start, end] as [number, number], text: fixText } }),
});

describe('editSpan', () => {
  it('finds insertions, deletions and replacements', () => {
    expect(editSpan('abc', 'abXc')).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
    expect(editSpan('abc', 'ac')).toEqual({ start: 1, oldEnd: 2, newEnd: 1 });
    expect(editSpan('aaa', 'aaaa')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
    expect(editSpan('same', 'same')).toBeNull();
  });

  it('always describes an edit that rebuilds the new text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const e = editSpan(a, b);
        if (!e) return a === b;
        return a.slice(0, e.start) + b.slice(e.start, e.newEnd) + a.slice(e.oldEnd) === b;
      }),
    );
  });
});

describe('remapFindings', () => {
  const before = 'It cures acne fast';
  it('shifts findings after the edit and keeps those before it', () => {
    const after = 'Now it cures acne fast';
    const out = remapFindings([finding(3, 8, 'soothes')], before, after.replace('Now it', 'It'));
    expect(out[0]!.range).toEqual([3, 8]);
    const shifted = remapFindings([finding(3, 8, 'soothes')], before, `Wow! ${before}`);
    expect(shifted[0]!.range).toEqual([8, 13]);
    expect(shifted[0]!.fix).toEqual({ kind: 'replace', range: [8, 13], text: 'soothes' });
  });

  it('drops findings the edit touches', () => {
    expect(remapFindings([finding(3, 8)], before, 'It cure acne fast')).toEqual([]);
  });

  it('keeps document-level findings', () => {
    const doc: CheckFinding = { ruleId: 'copy/len', category: 'length', severity: 'warning', message: 'long' };
    expect(remapFindings([doc], before, `${before}!`)).toEqual([doc]);
  });

  it('keeps every remapped range pointing at the same characters', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4 }), fc.nat(), fc.nat(), fc.string(), (text, a, b, insert) => {
        const s = a % text.length;
        const e = s + 1 + (b % (text.length - s));
        const word = text.slice(s, e);
        const at = (a + b) % (text.length + 1);
        const after = text.slice(0, at) + insert + text.slice(at);
        for (const f of remapFindings([finding(s, e)], text, after)) {
          if (after.slice(f.range![0], f.range![1]) !== word) return false;
        }
        return true;
      }),
    );
  });
});
