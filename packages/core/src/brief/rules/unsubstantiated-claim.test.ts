// Table test for unsubstantiatedClaim through the shared rule-table harness, plus checks of messages and options.
import { describe, expect, it } from 'vitest';
import { ruleTable, runRuleOn } from '../../test-support/rule-table.js';
import { briefExampleContext } from '../pack.js';
import { unsubstantiatedClaim } from './unsubstantiated-claim.js';

const claim = (text: string, substantiation?: string) => ({
  requiredClaims: [substantiation === undefined ? { text } : { text, substantiation }],
});

ruleTable(unsubstantiatedClaim, {
  context: briefExampleContext,
  pin: ['field', 'severity'],
  pass: [
    ['no claims', { requiredClaims: [] }],
    ['an operational promise', claim('Free returns within 60 days')],
    [
      'a substantiated clinical claim',
      claim('Clinically proven to reduce redness', 'Study RD-2025-14, 62 participants'),
    ],
    ['"works best" is not a ranking', { keyMessage: 'Your routine works best without a gap', requiredClaims: [] }],
    [
      'a message claim that is listed is fine',
      {
        keyMessage: 'Clinically proven hydration',
        requiredClaims: [{ text: 'Clinically proven hydration', substantiation: 'Study HY-22, 40 people' }],
      },
    ],
    ['a keyword claim', { primaryKeyword: 'best trail running shoes', requiredClaims: [] }],
    ['"green" is not scanned in messages', { keyMessage: 'Meet the green bottle', requiredClaims: [] }],
  ],
  fail: [
    [
      '#1',
      claim('The #1 serum for sensitive skin'),
      [{ field: 'requiredClaims.0.substantiation', severity: 'warning' }],
    ],
    [
      'best-selling',
      claim('Our best-selling trail shoe'),
      [{ field: 'requiredClaims.0.substantiation', severity: 'warning' }],
    ],
    [
      'clinically proven',
      claim('Clinically proven hydration'),
      [{ field: 'requiredClaims.0.substantiation', severity: 'error' }],
    ],
    [
      'dermatologist tested (an endorsement, as in copy)',
      claim('Dermatologist-tested formula'),
      [{ field: 'requiredClaims.0.substantiation', severity: 'warning' }],
    ],
    [
      'an immunity claim (a warning, as in copy)',
      claim('Boosts immunity in winter'),
      [{ field: 'requiredClaims.0.substantiation', severity: 'warning' }],
    ],
    // Regression (issue 9): briefs flagged "Heals dry skin" and missed "Relieves eczema fast"; copy did the reverse.
    ['heals a condition', claim('Heals dry skin'), [{ field: 'requiredClaims.0.substantiation', severity: 'error' }]],
    [
      'relieves a disease',
      claim('Relieves eczema fast'),
      [{ field: 'requiredClaims.0.substantiation', severity: 'error' }],
    ],
    [
      'best in the world',
      claim('Best in the world'),
      [{ field: 'requiredClaims.0.substantiation', severity: 'warning' }],
    ],
    [
      '100% natural',
      claim('100% natural ingredients'),
      [{ field: 'requiredClaims.0.substantiation', severity: 'warning' }],
    ],
    [
      'a superlative in the key message',
      { keyMessage: 'The best serum in the world', requiredClaims: [] },
      [{ field: 'keyMessage', severity: 'warning' }],
    ],
    [
      'a drug claim on a cosmetic',
      claim('Removes wrinkles in 2 weeks'),
      [{ field: 'requiredClaims.0.substantiation', severity: 'error' }],
    ],
    [
      'eco-friendly',
      claim('Eco-friendly packaging'),
      [{ field: 'requiredClaims.0.substantiation', severity: 'error' }],
    ],
    [
      'carbon neutral',
      claim('Carbon neutral delivery'),
      [{ field: 'requiredClaims.0.substantiation', severity: 'error' }],
    ],
    ['made in USA', claim('Made in the USA'), [{ field: 'requiredClaims.0.substantiation', severity: 'warning' }]],
    [
      'a comparative number',
      claim('Dries 2x faster than cotton'),
      [{ field: 'requiredClaims.0.substantiation', severity: 'warning' }],
    ],
    [
      'the worst class sets the severity',
      claim('The best eco-friendly bottle'),
      [{ field: 'requiredClaims.0.substantiation', severity: 'error' }],
    ],
    [
      'token evidence',
      claim('Eco-friendly packaging', 'yes'),
      [{ field: 'requiredClaims.0.substantiation', severity: 'warning' }],
    ],
    [
      'a placeholder is no evidence',
      claim('Eco-friendly packaging', 'TBD'),
      [{ field: 'requiredClaims.0.substantiation', severity: 'error' }],
    ],
    [
      'second claim indexed',
      { requiredClaims: [{ text: 'Vegan' }, { text: 'Biodegradable pouch' }] },
      [{ field: 'requiredClaims.1.substantiation', severity: 'error' }],
    ],
    [
      'a claim only in the message',
      { keyMessage: 'Clinically proven hydration', requiredClaims: [] },
      [{ field: 'keyMessage', severity: 'warning' }],
    ],
  ],
});

describe('brief/unsubstantiated-claim', () => {
  it('quotes the matched claim as evidence', () => {
    const [f] = runRuleOn(
      unsubstantiatedClaim,
      briefExampleContext(claim('Clinically proven to reduce redness in 7 days')),
    );
    expect(f?.evidence).toEqual({ text: 'Clinically proven' });
    expect(f?.message).toBe(
      '"Clinically proven" is a proof or efficacy claim with no substantiation; attach the study, certificate or data that proves it, or soften the claim.',
    );
  });
});
