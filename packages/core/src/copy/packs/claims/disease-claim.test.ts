// Table test for copy/claims/disease-claim: exact severities and ranges and the exact compliant rewrite, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyClaimsDiseaseClaimRule } from './disease-claim.js';

ruleTable(copyClaimsDiseaseClaimRule, {
  context: copyExampleContext,
  pin: ['severity', 'range', 'fix'],
  pass: [
    ['dog treats', 'Dog treats for training.'],
    ['epoxy cures', 'Epoxy cures in 24 hours.'],
    ['sentence boundary', 'It treats. Arthritis is common.'],
    ['a weak verb on a condition', 'Soothes dry skin after a shave.'],
  ],
  fail: [
    [
      'cures joint pain, with its exact rewrite',
      'Cures joint pain fast',
      [{ severity: 'error', range: [0, 16], fix: { kind: 'suggest', text: 'supports joint comfort' } }],
    ],
    [
      'disease within five words',
      'Helps prevent colds and flu.',
      [{ severity: 'error', range: [6, 19], fix: { kind: 'suggest', text: 'supports normal immune function' } }],
    ],
    [
      'heals a condition',
      'Heals dry skin',
      [{ severity: 'error', range: [0, 14], fix: { kind: 'suggest', text: 'moisturizes dry skin' } }],
    ],
    [
      'relieves eczema',
      'Relieves eczema fast',
      [{ severity: 'error', range: [0, 15], fix: { kind: 'suggest', text: 'soothes skin that feels dry and itchy' } }],
    ],
    [
      'no known rewrite',
      'Fights migraine naturally',
      [
        {
          severity: 'error',
          range: [0, 15],
          fix: { kind: 'suggest', text: 'Describe how it supports normal function, without naming a disease.' },
        },
      ],
    ],
  ],
});
