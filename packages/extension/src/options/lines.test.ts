/** Options line helpers: list and substitution lines round-trip. */
import { describe, expect, it } from 'vitest';
import { fromLines, substitutionsFromText, substitutionsToText, toLines } from './lines.js';

describe('options line helpers', () => {
  it('round-trips lists, dropping blank lines', () => {
    expect(fromLines(' cheap \n\nmiracle\n')).toEqual(['cheap', 'miracle']);
    expect(toLines(['a', 'b'])).toBe('a\nb');
  });

  it('parses "use: instead, of" substitution lines and skips malformed ones', () => {
    const subs = substitutionsFromText('sign up: signup, sign-up\nno colon here\nemail: e-mail');
    expect(subs).toEqual([
      { use: 'sign up', insteadOf: ['signup', 'sign-up'] },
      { use: 'email', insteadOf: ['e-mail'] },
    ]);
    expect(substitutionsToText(subs)).toBe('sign up: signup, sign-up\nemail: e-mail');
  });
});
