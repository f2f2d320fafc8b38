// Table test for copy/claims/environmental: Green Guides severities, exact ranges and exact compliant rewrites, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyClaimsEnvironmentalRule } from './environmental.js';

const GENERAL = 'Name the specific benefit instead, e.g. "made with 80% post-consumer recycled plastic".';
const CARBON =
  'State measured reductions and any offsets separately, e.g. "production emissions cut 40% since 2019, third-party verified".';
const COMPOSTABLE =
  'Say where it composts, e.g. "compostable in industrial facilities, which may not exist in your area".';
const DEGRADABLE = 'Say where and how fast it breaks down, e.g. "breaks down in home compost within 12 months".';
const RECYCLABLE =
  'Qualify it unless at least 60% of buyers can recycle it, e.g. "recyclable; recycling facilities may not exist in your area".';
const suggest = (text: string) => ({ kind: 'suggest' as const, text });

ruleTable(copyClaimsEnvironmentalRule, {
  context: copyExampleContext,
  pin: ['severity', 'range', 'fix'],
  pass: [
    ['a specific benefit', 'Made with 80% post-consumer recycled plastic.'],
    ['a negated claim', 'The pouch is not recyclable.'],
    [
      'recyclable, qualified as the Green Guides suggest',
      'Recyclable; recycling facilities may not exist in your area.',
    ],
    [
      'compostable, qualified for facility and availability',
      'Compostable in industrial facilities, which may not exist in your area.',
    ],
    ['degradable with place and time', 'Biodegradable within 180 days in home compost.'],
    ['green as a colour', 'A green jacket for spring'],
    ['a substantiated claim', { text: 'Carbon neutral shipping', config: { substantiatedClaims: ['carbon neutral'] } }],
  ],
  fail: [
    ['eco-friendly', 'An eco-friendly mat', [{ severity: 'error', range: [3, 15], fix: suggest(GENERAL) }]],
    ['sustainable', 'Sustainable style for every day', [{ severity: 'error', range: [0, 11], fix: suggest(GENERAL) }]],
    [
      '100% biodegradable',
      '100% biodegradable bags',
      [{ severity: 'error', range: [0, 18], fix: suggest(DEGRADABLE) }],
    ],
    [
      'degradable with time only',
      'Biodegradable within 180 days.',
      [{ severity: 'info', range: [0, 13], fix: suggest(DEGRADABLE) }],
    ],
    ['compostable', 'Compostable cups', [{ severity: 'warning', range: [0, 11], fix: suggest(COMPOSTABLE) }]],
    [
      'compostable in industrial facilities',
      'Compostable in industrial facilities',
      [{ severity: 'info', range: [0, 11], fix: suggest(COMPOSTABLE) }],
    ],
    ['recyclable', 'Recyclable packaging', [{ severity: 'warning', range: [0, 10], fix: suggest(RECYCLABLE) }]],
    [
      'recyclable where facilities exist',
      'Recyclable where facilities exist',
      [{ severity: 'info', range: [0, 10], fix: suggest(RECYCLABLE) }],
    ],
    [
      'recycled content without a share',
      'Made from recycled materials',
      [
        {
          severity: 'info',
          range: [10, 28],
          fix: suggest('State the recycled share by weight, e.g. "made with 50% recycled materials".'),
        },
      ],
    ],
    [
      'carbon neutral',
      'Carbon neutral shipping on every order',
      [{ severity: 'error', range: [0, 14], fix: suggest(CARBON) }],
    ],
    [
      'carbon neutral naming its offsets',
      'Carbon neutral (certified by ClimatePartner, offsets verified)',
      [{ severity: 'warning', range: [0, 14], fix: suggest(CARBON) }],
    ],
    [
      'PFAS-free',
      'PFAS-free coating',
      [
        {
          severity: 'warning',
          range: [0, 9],
          fix: suggest(
            'Say what was left out and how that was checked, e.g. "made without intentionally added PFAS, third-party lab tested".',
          ),
        },
      ],
    ],
    [
      'non-toxic',
      'Non-toxic paint',
      [
        {
          severity: 'warning',
          range: [0, 9],
          fix: suggest(
            'Say what was tested, for whom, and to which standard, e.g. "meets the EN 71-3 limits on heavy metals in toys".',
          ),
        },
      ],
    ],
    [
      'ozone-friendly',
      'Ozone-friendly spray',
      [
        {
          severity: 'error',
          range: [0, 14],
          fix: suggest(
            'Name what it does not contain, e.g. "contains no CFCs, HCFCs or other ozone-depleting substances".',
          ),
        },
      ],
    ],
    ['go green', 'Go green with our bottle', [{ severity: 'error', range: [0, 8], fix: suggest(GENERAL) }]],
  ],
});
