/** Tests for applyFixes: reverse-order application, overlap and duplicate skipping, idempotence (property). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../engine/index.js';
import { applyFixes, fixCopyText } from './apply-fixes.js';
import { lintCopy } from './lint-copy.js';
import type { PlacementId } from './placements.js';

const fix = (start: number, end: number, text: string): Pick<Finding, 'fix'> => ({
  fix: { kind: 'replace', range: [start, end], text },
});

describe('applyFixes', () => {
  it('applies non-overlapping fixes by position', () => {
    expect(applyFixes('abcdef', [fix(4, 6, 'X'), fix(0, 1, 'Y')])).toBe('YbcdX');
  });
  it('skips overlapping fixes (the first by position wins)', () => {
    expect(applyFixes('abcdef', [fix(1, 4, 'X'), fix(2, 5, 'Y')])).toBe('aXef');
  });
  it('applies identical fixes once', () => {
    expect(applyFixes('a  b', [fix(1, 3, ' '), fix(1, 3, ' ')])).toBe('a b');
  });
  it('ignores suggest fixes and out-of-range fixes', () => {
    expect(applyFixes('abc', [{ fix: { kind: 'suggest', text: 'x' } }, fix(2, 9, 'Z'), fix(-1, 1, 'Q')])).toBe('abc');
  });
  it('touching fixes both apply', () => {
    expect(applyFixes('abcd', [fix(0, 2, 'X'), fix(2, 4, 'Y')])).toBe('XY');
  });
});

const words = [
  'the',
  'The',
  'kettle',
  'Kettle',
  'best',
  'free',
  'shipping',
  'eco-friendly',
  'seamless',
  'TBD',
  'acme',
  'Acme',
  'tee shirt',
  'NOW',
  'BIG',
  'SALE',
  'Dog',
  'dog',
  '!',
  '!!',
  '?',
  ',,',
  '....',
  '.',
  ' ',
  '  ',
  '\t',
  '\n',
  '—',
  '#1',
  '$',
  '™',
  '😀',
  '<b>',
  '{{name}}',
  'é',
  '日本',
  '\ud800',
];
const copyText = fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((parts) => parts.join(' '));
const placementArb = fc.constantFrom<PlacementId>(
  'generic',
  'amazon.title',
  'amazon.bullet',
  'walmart.title',
  'sms.message',
);
const onePass = fc.constantFrom<PlacementId>('generic', 'amazon.bullet', 'meta.primary-text', 'sms.message');
const config = {
  brand: { name: 'Acme' },
  substitutions: [{ use: 'T-shirt', insteadOf: ['tee shirt'] }],
};

describe('applyFixes properties', () => {
  it('one lint-and-fix pass is a fixed point outside marketplace titles', () => {
    fc.assert(
      fc.property(fc.oneof(copyText, fc.string({ maxLength: 60 })), onePass, (text, placement) => {
        const once = applyFixes(text, lintCopy(text, { placement, config }).findings);
        const twice = applyFixes(once, lintCopy(once, { placement, config }).findings);
        expect(twice).toBe(once);
      }),
      { numRuns: 400 },
    );
  });
  it('fixCopyText is idempotent on every placement', () => {
    fc.assert(
      fc.property(fc.oneof(copyText, fc.string({ maxLength: 60 })), placementArb, (text, placement) => {
        const lint = (t: string) => lintCopy(t, { placement, config });
        const once = fixCopyText(text, lint);
        expect(fixCopyText(once, lint)).toBe(once);
      }),
      { numRuns: 400 },
    );
  });
  it('applying the same findings twice to the same text gives the same result', () => {
    fc.assert(
      fc.property(copyText, (text) => {
        const findings = lintCopy(text, { config }).findings;
        expect(applyFixes(text, [...findings, ...findings])).toBe(applyFixes(text, findings));
      }),
    );
  });
});
