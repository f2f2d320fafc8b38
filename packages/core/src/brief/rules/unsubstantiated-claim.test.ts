import { describe, expect, it } from 'vitest';
import { briefRuleFields, runBriefRule } from './harness.js';
import { unsubstantiatedClaim } from './unsubstantiated-claim.js';

const claim = (text: string, substantiation?: string) => ({
  requiredClaims: [substantiation === undefined ? { text } : { text, substantiation }],
});

describe('brief/unsubstantiated-claim', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['no claims', { requiredClaims: [] }, []],
    ['an operational promise', claim('Free returns within 60 days'), []],
    [
      'a substantiated clinical claim',
      claim('Clinically proven to reduce redness', 'Study RD-2025-14, 62 participants'),
      [],
    ],
    ['"works best" is not a ranking', { keyMessage: 'Your routine works best without a gap', requiredClaims: [] }, []],
    ['#1', claim('The #1 serum for sensitive skin'), [['requiredClaims.0.substantiation', 'warning']]],
    ['best-selling', claim('Our best-selling trail shoe'), [['requiredClaims.0.substantiation', 'warning']]],
    ['clinically proven', claim('Clinically proven hydration'), [['requiredClaims.0.substantiation', 'error']]],
    ['dermatologist tested', claim('Dermatologist-tested formula'), [['requiredClaims.0.substantiation', 'error']]],
    ['a health claim', claim('Boosts immunity in winter'), [['requiredClaims.0.substantiation', 'error']]],
    [
      'a drug claim on a cosmetic',
      claim('Removes wrinkles in 2 weeks'),
      [['requiredClaims.0.substantiation', 'error']],
    ],
    ['eco-friendly', claim('Eco-friendly packaging'), [['requiredClaims.0.substantiation', 'error']]],
    ['carbon neutral', claim('Carbon neutral delivery'), [['requiredClaims.0.substantiation', 'error']]],
    ['made in USA', claim('Made in the USA'), [['requiredClaims.0.substantiation', 'error']]],
    ['a comparative number', claim('Dries 2x faster than cotton'), [['requiredClaims.0.substantiation', 'warning']]],
    [
      'the worst class sets the severity',
      claim('The best eco-friendly bottle'),
      [['requiredClaims.0.substantiation', 'error']],
    ],
    ['token evidence', claim('Eco-friendly packaging', 'yes'), [['requiredClaims.0.substantiation', 'warning']]],
    [
      'a placeholder is no evidence',
      claim('Eco-friendly packaging', 'TBD'),
      [['requiredClaims.0.substantiation', 'error']],
    ],
    [
      'second claim indexed',
      { requiredClaims: [{ text: 'Vegan' }, { text: 'Biodegradable pouch' }] },
      [['requiredClaims.1.substantiation', 'error']],
    ],
    [
      'a claim only in the message',
      { keyMessage: 'Clinically proven hydration', requiredClaims: [] },
      [['keyMessage', 'warning']],
    ],
    [
      'a message claim that is listed is fine',
      {
        keyMessage: 'Clinically proven hydration',
        requiredClaims: [{ text: 'Clinically proven hydration', substantiation: 'Study HY-22, 40 people' }],
      },
      [],
    ],
    ['a keyword claim', { primaryKeyword: 'best trail running shoes', requiredClaims: [] }, []],
    ['"green" is not scanned in messages', { keyMessage: 'Meet the green bottle', requiredClaims: [] }, []],
  ])('%s', (_name, input, expected) => {
    expect(briefRuleFields(unsubstantiatedClaim, input)).toEqual(expected);
  });

  it('quotes the matched claim as evidence', () => {
    const [f] = runBriefRule(unsubstantiatedClaim, claim('Clinically proven to reduce redness in 7 days'));
    expect(f?.evidence).toEqual({ text: 'Clinically proven' });
    expect(f?.message).toBe(
      '"Clinically proven" is a clinical or expert claim with no substantiation; attach the study, certificate or data that proves it, or soften the claim.',
    );
  });
});
