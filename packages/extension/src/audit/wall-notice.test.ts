/** Walled pages: which reports are scored, and the plain-text notice that replaces the score. */
import { describe, expect, it } from 'vitest';
import { isScored, wallNotice } from './wall-notice.js';

describe('wall notice', () => {
  it('treats only scored: false as unscored (records stored before `scored` existed were scored)', () => {
    expect(isScored({ scored: true })).toBe(true);
    expect(isScored({})).toBe(true);
    expect(isScored({ scored: false })).toBe(false);
  });

  it('names the evidence and the kind of wall, and says nothing was scored', () => {
    expect(wallNotice({ kind: 'bot-wall', evidence: 'the page says "robot check"' })).toBe(
      'This is not a product page: the page says "robot check" (bot check). Nothing was scored.',
    );
    expect(wallNotice({ kind: 'consent-wall', evidence: 'the page is a consent form' })).toBe(
      'This is not a product page: the page is a consent form (consent wall). Nothing was scored.',
    );
    expect(wallNotice(undefined)).toBe('This is not a product page. Nothing was scored.');
  });
});
