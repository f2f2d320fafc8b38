/** Table tests for the substitution rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { copyTestRuleBase, runCopyRule } from '../test-helpers.js';
import { copySubstitutionRule } from './substitution.js';

const base = copyTestRuleBase;
const run = runCopyRule;

describe('copySubstitutionRule', () => {
  const rule = copySubstitutionRule({ ...base, swap: { 'e-mail': 'email', 'tee shirt': 'T-shirt' } });
  it('replaces keeping case', () => {
    expect(run(rule, 'E-mail your tee shirt').map((f) => f.fix)).toEqual([
      { kind: 'replace', range: [0, 6], text: 'Email' },
      { kind: 'replace', range: [12, 21], text: 'T-shirt' },
    ]);
  });
  it('skips text already preferred', () => expect(run(rule, 'email')).toEqual([]));
});
