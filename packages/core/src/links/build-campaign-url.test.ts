/** Tests for buildCampaignUrl: query order, fragments, macros, values kept as given or rewritten on purpose, errors and properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCampaignUrl } from './build-campaign-url.js';
import { checkCampaignUrl } from './check-campaign-url.js';
import { CampaignUrlError, isCampaignUrlError } from './errors.js';
import { campaignMacros } from './macro-catalog.js';
import { CAMPAIGN_PARAM_FIELDS, type CampaignParams } from './params.js';
import { parseCampaignUrl } from './parse-campaign-url.js';
import { defaultCampaignPolicy, strictCampaignPolicy } from './policy.js';

const tag = { source: 'google', medium: 'cpc', campaign: 'spring' };
/** The default policy's convention and aliases, with every rewrite turned on. */
const rewriting = { ...defaultCampaignPolicy, normalize: { aliases: true, case: true, spaces: true, separator: true } };
const raw = { normalize: false, validate: false } as const;

describe('buildCampaignUrl', () => {
  it('keeps query order and the fragment, replaces utm in place, appends new keys in canonical order', () => {
    expect(
      buildCampaignUrl('https://shop.example.com/p?b=2&utm_medium=old&a=1#reviews', {
        campaign: 'spring',
        source: 'google',
        medium: 'cpc',
      }),
    ).toBe('https://shop.example.com/p?b=2&utm_medium=cpc&a=1&utm_source=google&utm_campaign=spring#reviews');
  });

  it('drops later duplicates instead of adding another', () => {
    expect(buildCampaignUrl('https://a.com/?utm_source=x&k=1&utm_source=y', tag)).toBe(
      'https://a.com/?utm_source=google&k=1&utm_medium=cpc&utm_campaign=spring',
    );
  });

  it('writes every GA4 parameter, and no utm_campaign_id', () => {
    const all: Required<CampaignParams> = {
      source: 'google',
      medium: 'cpc',
      campaign: 'spring',
      id: '42',
      term: 'shoes',
      content: 'hero',
      sourcePlatform: 'sa360',
      creativeFormat: 'video',
      marketingTactic: 'prospecting',
    };
    expect(buildCampaignUrl('https://a.com', all)).toBe(
      'https://a.com?utm_source=google&utm_medium=cpc&utm_campaign=spring&utm_id=42&utm_term=shoes&utm_content=hero&utm_source_platform=sa360&utm_creative_format=video&utm_marketing_tactic=prospecting',
    );
  });

  // Issue 14: the default rewrote values (hero-banner → hero_banner, paid-social → paid_social, FB → facebook),
  // which split a team's GA4 reports from the day it adopted revloop. The default now keeps them as given.
  it('keeps values as given by default: only trimmed and encoded, never aliased, lowercased or re-separated', () => {
    expect(
      buildCampaignUrl('https://a.com/', {
        source: ' FB ',
        medium: 'paid-social',
        campaign: 'Spring-Sale {{campaign.name}}',
        content: 'hero-banner',
        term: 'Email',
      }),
    ).toBe(
      'https://a.com/?utm_source=FB&utm_medium=paid-social&utm_campaign=Spring-Sale%20{{campaign.name}}&utm_term=Email&utm_content=hero-banner',
    );
  });

  it('rewrites on purpose: policy.normalize folds aliases, lowercases, joins words, but never touches macros', () => {
    expect(
      buildCampaignUrl(
        'https://a.com/',
        { source: 'FB', medium: 'Paid_Social', campaign: 'Spring-Sale {{campaign.name}}', content: '__CID_NAME__' },
        { policy: rewriting },
      ),
    ).toBe(
      'https://a.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring_sale_{{campaign.name}}&utm_content=__CID_NAME__',
    );
  });

  it.each([
    ['aliases', { source: 'facebook', medium: 'Paid_Social', campaign: 'Spring-Sale 1' }],
    ['case', { source: 'fb', medium: 'paid_social', campaign: 'spring-sale 1' }],
    ['spaces', { source: 'fb', medium: 'Paid_Social', campaign: 'Spring-Sale_1' }],
    ['separator', { source: 'fb', medium: 'Paid_Social', campaign: 'Spring_Sale 1' }],
  ] as const)('applies only the rewrites the policy turns on (normalize.%s)', (kind, expected) => {
    const url = buildCampaignUrl(
      'https://a.com/',
      { source: 'fb', medium: 'Paid_Social', campaign: 'Spring-Sale 1' },
      { policy: { ...defaultCampaignPolicy, normalize: { [kind]: true } }, validate: false },
    );
    expect(parseCampaignUrl(url).params).toEqual(expected);
  });

  it('options.normalize overrides the policy for one call: true rewrites everything, false writes values untrimmed', () => {
    const params = { source: ' FB', medium: 'cpc', campaign: 'Spring Sale' };
    expect(buildCampaignUrl('https://a.com/', params, { normalize: true })).toBe(
      'https://a.com/?utm_source=facebook&utm_medium=cpc&utm_campaign=spring_sale',
    );
    expect(
      buildCampaignUrl('https://a.com/', params, { policy: strictCampaignPolicy, normalize: false, validate: false }),
    ).toBe('https://a.com/?utm_source=%20FB&utm_medium=cpc&utm_campaign=Spring%20Sale');
    expect(() => buildCampaignUrl('https://a.com/', params, { normalize: 'yes' as never })).toThrow(
      expect.objectContaining({ code: 'links/invalid-input' }),
    );
  });

  it('writes each platform macro verbatim', () => {
    const cases: [string, string][] = [
      ['{{campaign.name}}', 'meta'],
      ['{campaignid}', 'google-ads'],
      ['{lpurl}', 'google-ads'],
      ['{CampaignId}', 'microsoft-ads'],
      ['__CAMPAIGN_NAME__', 'tiktok'],
      ['{campaign_name}', 'pinterest'],
      ['*|CAMPAIGN_UID|*', 'mailchimp'],
      ['{{ campaign.name }}', 'klaviyo'],
    ];
    for (const [macro, platform] of cases) {
      const url = buildCampaignUrl(
        'https://a.com/',
        { source: 'x', medium: 'cpc', campaign: macro },
        { policy: { platform } as never },
      );
      expect(url).toBe(`https://a.com/?utm_source=x&utm_medium=cpc&utm_campaign=${macro}`);
    }
  });

  it('encodes a space as %20, never +', () => {
    expect(buildCampaignUrl('https://a.com/', { ...tag, campaign: 'a b+c' }, raw)).toBe(
      'https://a.com/?utm_source=google&utm_medium=cpc&utm_campaign=a%20b%2Bc',
    );
  });

  it('removes a parameter given as an empty string and leaves undefined ones alone', () => {
    expect(buildCampaignUrl('https://a.com/?utm_term=x&utm_content=y', { ...tag, term: '', content: undefined })).toBe(
      'https://a.com/?utm_content=y&utm_source=google&utm_medium=cpc&utm_campaign=spring',
    );
    expect(buildCampaignUrl('https://a.com/?utm_term=x', { term: '' }, raw)).toBe('https://a.com/');
  });

  it('moves campaign keys stranded after # into the query', () => {
    expect(buildCampaignUrl('https://a.com/p#top?utm_source=google&utm_medium=cpc', { campaign: 'spring' })).toBe(
      'https://a.com/p?utm_source=google&utm_medium=cpc&utm_campaign=spring#top',
    );
  });

  it('resolves relative URLs against base', () => {
    expect(buildCampaignUrl('/sale', tag, { base: 'https://shop.example.com/en/' })).toBe(
      'https://shop.example.com/sale?utm_source=google&utm_medium=cpc&utm_campaign=spring',
    );
  });

  it('throws CampaignUrlError whose findings name each bad parameter', () => {
    const error = (() => {
      try {
        buildCampaignUrl('https://a.com/', { source: 'google', content: 'jane@example.com' });
      } catch (e) {
        return e;
      }
    })() as CampaignUrlError;
    expect(error).toBeInstanceOf(CampaignUrlError);
    expect(error.code).toBe('links/policy');
    expect(error.findings.map((f) => [f.ruleId, f.field])).toEqual([
      ['links/missing-parameter', 'utm_campaign'],
      ['links/missing-parameter', 'utm_medium'],
      ['links/pii', 'utm_content'],
    ]);
  });

  it('throws for bad params, relative URLs and non-URLs', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isCampaignUrlError(e) ? [e.code, e.findings.map((x) => x.field)] : 'other';
      }
      return 'none';
    };
    expect(codeOf(() => buildCampaignUrl('https://a.com', { campaignId: '1' } as never))).toEqual([
      'links/invalid-params',
      ['campaignId'],
    ]);
    expect(codeOf(() => buildCampaignUrl('https://a.com', { source: {} } as never))).toEqual([
      'links/invalid-params',
      ['utm_source'],
    ]);
    expect(codeOf(() => buildCampaignUrl('/p', tag))).toEqual(['links/relative-url', ['url']]);
    expect(codeOf(() => buildCampaignUrl('nope nope', tag))).toEqual(['links/relative-url', ['url']]);
    expect(codeOf(() => buildCampaignUrl('ftp:x', tag))).toEqual(['links/invalid-url', ['url']]);
  });

  // Regression (issue 9.2): an invalid policy was refused with a links/invalid-url finding on field "url".
  it('refuses a link under a bad policy with links/invalid-policy and config findings naming the policy path', () => {
    const policy = { templates: { 'paid-social': { required: 'content' } } } as never;
    const e = (() => {
      try {
        buildCampaignUrl('https://a.com/', tag, { policy });
      } catch (error) {
        return error;
      }
    })();
    expect(isCampaignUrlError(e)).toBe(true);
    expect(isCampaignUrlError(e) && [e.code, e.findings.map((f) => [f.ruleId, f.field])]).toEqual([
      'links/invalid-policy',
      [['config/invalid', 'policy.templates.paid-social.required']],
    ]);
  });

  it('refuses, without rewriting, a value a policy makes an error', () => {
    const policy = { rules: { 'links/value-case': 'error' as const } };
    expect(() =>
      buildCampaignUrl('https://a.com/', { source: 'Google', medium: 'cpc', campaign: 'x' }, { policy }),
    ).toThrow(
      expect.objectContaining({
        code: 'links/policy',
        findings: [expect.objectContaining({ ruleId: 'links/value-case', field: 'utm_source' })],
      }),
    );
  });

  it('enforces a strict policy, which rewrites on purpose: allowed values and per-medium templates', () => {
    expect(() =>
      buildCampaignUrl(
        'https://a.com/',
        { source: 'facebook', medium: 'paid-social', campaign: 'spring' },
        { policy: strictCampaignPolicy },
      ),
    ).toThrow(/utm_content is missing/);
    expect(
      buildCampaignUrl(
        'https://a.com/',
        { source: 'fb', medium: 'paid_social', campaign: 'Spring Sale', content: 'v1' },
        { policy: strictCampaignPolicy },
      ),
    ).toBe('https://a.com/?utm_source=facebook&utm_medium=paid-social&utm_campaign=spring-sale&utm_content=v1');
  });
});

const macro = fc.constantFrom(...campaignMacros.flatMap((p) => p.macros.map((m) => m.token)));
const value = fc
  .array(fc.oneof(fc.string({ minLength: 1 }), macro), { minLength: 1, maxLength: 4 })
  .map((a) => a.join(''));
const params = fc.record(
  Object.fromEntries(CAMPAIGN_PARAM_FIELDS.map((f) => [f, value])) as Record<keyof CampaignParams, typeof value>,
  {
    requiredKeys: [],
  },
);
const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    'https://a.com/p?utm_source=x&utm_source=y&k=1#top?utm_medium=z&utm_source=w',
    'https://a.com/#utm_campaign=x',
    'https://a.com/?utm%5Fsource=x&utm_source=y',
  ),
);

describe('properties', () => {
  it('parse(build(url, params)).params gives the params back', () => {
    fc.assert(
      fc.property(url, params, (u, p) => {
        expect(parseCampaignUrl(buildCampaignUrl(u, p, raw)).params).toEqual({ ...parseCampaignUrl(u).params, ...p });
      }),
      { numRuns: 300 },
    );
  });

  it('build(parse(x).untaggedUrl, parse(x).params) is equivalent to x', () => {
    fc.assert(
      fc.property(url, params, (u, p) => {
        const tagged = buildCampaignUrl(u, p, raw);
        const parsed = parseCampaignUrl(tagged);
        const again = parseCampaignUrl(buildCampaignUrl(parsed.untaggedUrl, parsed.params, raw));
        expect(again.params).toEqual(parsed.params);
        expect(again.otherParams).toEqual(parsed.otherParams);
        expect(again.clickIds).toEqual(parsed.clickIds);
        expect(again.cleanUrl).toBe(parsed.cleanUrl);
      }),
      { numRuns: 300 },
    );
  });

  it('the default build never changes a value but for trimming: the link reads back value.trim()', () => {
    fc.assert(
      fc.property(url, params, (u, p) => {
        const read = parseCampaignUrl(buildCampaignUrl(u, p, { validate: false })).params;
        const before = parseCampaignUrl(u).params;
        for (const field of CAMPAIGN_PARAM_FIELDS) {
          const given = p[field];
          // '' (or a value that trims to '') removes the parameter; undefined leaves the URL's own value.
          const expected = given === undefined ? before[field] : given.trim() === '' ? undefined : given.trim();
          expect(read[field]).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a rewriting policy is idempotent: its rewritten values are written as they are', () => {
    fc.assert(
      fc.property(url, params, (u, p) => {
        const once = buildCampaignUrl(u, p, { policy: rewriting, validate: false });
        const read = parseCampaignUrl(once).params;
        const rewritten = Object.fromEntries(Object.keys(p).map((f) => [f, read[f as keyof CampaignParams] ?? '']));
        expect(buildCampaignUrl(u, rewritten, { policy: rewriting, validate: false })).toBe(once);
        expect(buildCampaignUrl(once, p, { policy: rewriting, validate: false })).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('building twice gives the same URL (with the default policy applied)', () => {
    fc.assert(
      fc.property(url, params, (u, p) => {
        const once = buildCampaignUrl(u, p, { validate: false });
        expect(buildCampaignUrl(once, p, { validate: false })).toBe(once);
        // What the builder skips when validating must really hold for its output.
        const guaranteed = ['links/invalid-url', 'links/duplicate-parameter', 'links/fragment-before-query'];
        expect(checkCampaignUrl(once).findings.filter((f) => guaranteed.includes(f.ruleId))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('macros survive byte for byte, even when the policy lowercases values', () => {
    fc.assert(
      fc.property(url, macro, fc.constantFrom(...CAMPAIGN_PARAM_FIELDS), fc.boolean(), (u, m, field, normalize) => {
        const built = buildCampaignUrl(u, { [field]: `Launch ${m} A` }, { normalize, validate: false });
        expect(built).toContain(m);
        expect(parseCampaignUrl(built).params[field]).toContain(m);
      }),
      { numRuns: 300 },
    );
  });

  it('throws nothing but CampaignUrlError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), url, fc.anything()), fc.anything(), (u, p) => {
        try {
          buildCampaignUrl(u as string, p as CampaignParams);
        } catch (e) {
          expect(e).toBeInstanceOf(CampaignUrlError);
        }
        try {
          parseCampaignUrl(u as string);
        } catch (e) {
          expect(e).toBeInstanceOf(CampaignUrlError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
