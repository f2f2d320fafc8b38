/** Tests for the shared rule-kind helpers. */
import { describe, expect, it } from 'vitest';
import { matchCase } from './common.js';

describe('matchCase', () => {
  it.each([
    ['utilize', 'use', 'use'],
    ['Utilize', 'use', 'Use'],
    ['UTILIZE', 'use', 'USE'],
  ])('%s → %s', (orig, repl, out) => expect(matchCase(orig, repl)).toBe(out));
});
