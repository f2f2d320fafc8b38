/** Tests for the builder's fast validation path, which must agree with checkCampaignUrl. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCampaignUrl } from './build-campaign-url.js';
import { prepareCampaignValues } from './build-values.js';
import { checkCampaignUrl } from './check-campaign-url.js';
import { isCampaignUrlError } from './errors.js';
import { builtCampaignUrlIsClean } from './fast-validate.js';
import { campaignMacros } from './macro-catalog.js';
import { CAMPAIGN_PARAM_FIELDS, type CampaignParams } from './params.js';
import { type CampaignPolicy, defaultCampaignPolicy, parseCampaignPolicy, strictCampaignPolicy } from './policy.js';
import { scanCampaignUrl } from './scan.js';

// A policy that turns on what the default and strict ones leave off: internal hosts, a platform, overrides.
const busyPolicy = parseCampaignPolicy({
  name: 'busy',
  internalHosts: ['*.example.com'],
  prohibited: ['test'],
  platform: 'meta',
  maxLength: 300,
  allowed: { medium: ['cpc', 'email', 'paid_social'] },
  templates: { cpc: { required: ['term'], allowed: { source: ['google', 'bing'] } } },
  rules: {
    'links/value-not-allowed': 'error',
    'links/malformed-macro': 'error',
    'links/unknown-parameter': 'error',
    'links/url-too-long': 'error',
    'links/value-spaces': 'error',
  },
});
const policies: [string, CampaignPolicy][] = [
  ['default', defaultCampaignPolicy],
  ['strict', strictCampaignPolicy],
  ['busy', busyPolicy],
  ['rewriting', parseCampaignPolicy({ normalize: { aliases: true, case: true, spaces: true, separator: true } })],
];

const macro = fc.constantFrom(...campaignMacros.flatMap((p) => p.macros.map((m) => m.token)));
// Values the policies care about (allowed values, aliases, prohibited terms, personal data, broken macros).
const known = fc.constantFrom(
  'google',
  'cpc',
  'email',
  'paid-social',
  'paid_social',
  'fb',
  'Facebook',
  'e-mail',
  'test_run',
  'spring sale',
  'a@b.co',
  '+49 151 2345 6789',
  '{{ad.name',
  '__CID__',
  '%7B%7Bad.name%7D%7D',
  '',
  ' ',
);
const value = fc
  .array(fc.oneof(fc.string({ minLength: 1 }), macro, known), { minLength: 1, maxLength: 3 })
  .map((a) => a.join(''));
const anyParams = fc.record(
  Object.fromEntries(CAMPAIGN_PARAM_FIELDS.map((f) => [f, fc.oneof(value, known)])) as Record<
    keyof CampaignParams,
    fc.Arbitrary<string>
  >,
  { requiredKeys: [] },
);
// Mostly well-formed params, so that clean links are common too.
const word = fc.stringMatching(/^[a-z0-9]{1,6}(?:[_-][a-z0-9]{1,6})?$/);
const name = fc.oneof(
  word,
  word,
  macro,
  fc.tuple(word, macro).map(([w, m]) => `${w}_${m}`),
  known,
);
const goodParams = fc.record(
  {
    source: fc.constantFrom('google', 'bing', 'facebook', 'newsletter', 'fb', 'klaviyo'),
    medium: fc.constantFrom('cpc', 'email', 'paid-social', 'paid_social', 'display', 'referral'),
    campaign: name,
    id: name,
    term: name,
    content: name,
  },
  { requiredKeys: ['source', 'medium'] },
);
const params = fc.oneof(anyParams, goodParams, goodParams);
const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    'https://shop.example.com/p?color=blue&utm_source=fb&utm_medium=cpc&fbclid=IwAR0T__Ab',
    'https://a.com/p?utm_source=x&utm_source=y&k=1#top?utm_medium=z&utm_source=w',
    'https://a.com/#utm_campaign=x',
    'https://a.com/?utm%5Fsource=x&utm_source=y&UTM_Campaign_ID=1&email=a%40b.co',
    'https://a.com/?ref={{campaign.name}}&x=%7B%7Bad.id%7D%7D&utm_term',
    'https://a.com/landing',
    'https://www.example.com/p?x=1',
  ),
  fc.constantFrom('https://shop.test/p', 'https://a.com/?ref=nav&gclid=Cj0', 'https://b.org/x#top'),
);

/** What the full check says: does the built link have error findings? */
const fullHasErrors = (built: string, policy: CampaignPolicy) =>
  checkCampaignUrl(built, { policy }).findings.some((f) => f.severity === 'error');

describe('builtCampaignUrlIsClean (the builder fast validation path)', () => {
  for (const [name, policy] of policies) {
    it(`agrees with checkCampaignUrl on whether a built link has errors (${name} policy)`, () => {
      fc.assert(
        fc.property(url, params, fc.constantFrom(undefined, true, false), (u, p, normalize) => {
          const built = buildCampaignUrl(u, p, { policy, normalize, validate: false });
          const scanned = scanCampaignUrl(u);
          const fragmentPairs = scanned.fragmentQueryStart !== -1;
          const clean = builtCampaignUrlIsClean(
            {
              url: built,
              authority: scanned.parts.authority,
              pairs: scanned.pairs,
              fragmentPairs,
              values: prepareCampaignValues(p, policy, normalize).values,
            },
            policy,
          );
          const errors = fullHasErrors(built, policy);
          // Never clears a link the full check refuses; and, where it judges at all (no pairs after '#'), it is exact.
          expect({ clearedWithErrors: clean && errors, exact: fragmentPairs || clean === !errors }).toEqual({
            clearedWithErrors: false,
            exact: true,
          });
          // The builder refuses exactly the links the full check refuses, with its findings.
          let thrown: unknown;
          try {
            buildCampaignUrl(u, p, { policy, normalize });
          } catch (e) {
            thrown = e;
          }
          const expected = checkCampaignUrl(built, { policy }).findings.filter((f) => f.severity === 'error');
          const refusal = thrown === undefined ? [] : isCampaignUrlError(thrown) ? thrown.findings : 'other error';
          expect(refusal).toEqual(expect.arrayContaining(expected));
          expect(refusal).toHaveLength(expected.length);
        }),
        { numRuns: 400 },
      );
    });
  }
});
