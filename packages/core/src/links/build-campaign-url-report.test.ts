/** Tests for buildCampaignUrlReport: values kept as given with warnings, rewrites on purpose recorded, same wording as checks. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCampaignUrl } from './build-campaign-url.js';
import { buildCampaignUrlReport } from './build-campaign-url-report.js';
import { checkCampaignUrl } from './check-campaign-url.js';
import { isCampaignUrlError } from './errors.js';
import { CAMPAIGN_PARAM_FIELDS, CAMPAIGN_PARAM_KEYS, type CampaignParams } from './params.js';
import { defaultCampaignPolicy } from './policy.js';

const S = 'https://shop.example.com/';
const rewriting = { ...defaultCampaignPolicy, normalize: { aliases: true, case: true, spaces: true, separator: true } };
const brief = (findings: readonly { ruleId: string; severity: string; field?: string; message: string }[]) =>
  findings.map((f) => [f.ruleId, f.severity, f.field, f.message]);

describe('buildCampaignUrlReport', () => {
  // Issue 14: the values of the issue, kept as given, each with a warning that names the field and the value and
  // says what the policy's convention would write.
  it('keeps values as given by default and warns, naming the field, the value and what the convention writes', () => {
    const r = buildCampaignUrlReport(S, {
      source: 'Facebook',
      medium: 'paid-social',
      campaign: 'Spring Sale',
      content: 'hero-banner',
      term: 'shoe-size_42',
    });
    expect(r.url).toBe(
      `${S}?utm_source=Facebook&utm_medium=paid-social&utm_campaign=Spring%20Sale&utm_term=shoe-size_42&utm_content=hero-banner`,
    );
    expect(brief(r.findings)).toEqual([
      [
        'links/value-case',
        'warning',
        'utm_source',
        'utm_source "Facebook" has upper case: GA4 treats "Facebook" and "facebook" as different sources, and the policy\'s lowercase convention writes "facebook".',
      ],
      [
        'links/value-not-allowed',
        'warning',
        'utm_medium',
        'utm_medium "paid-social" is an alias of "paid_social": GA4 treats them as different mediums, and the policy\'s convention writes "paid_social".',
      ],
      [
        'links/value-case',
        'warning',
        'utm_campaign',
        'utm_campaign "Spring Sale" has upper case: GA4 treats "Spring Sale" and "spring sale" as different campaigns, and the policy\'s lowercase convention writes "spring sale".',
      ],
      [
        'links/value-spaces',
        'warning',
        'utm_campaign',
        'utm_campaign "Spring Sale" has spaces, which tools encode differently (+, %20, %2520), and the policy\'s convention writes "Spring_Sale".',
      ],
      [
        'links/value-separator',
        'warning',
        'utm_term',
        'utm_term "shoe-size_42" mixes "-" and "_", and the policy\'s convention writes "shoe_size_42".',
      ],
      [
        'links/value-separator',
        'warning',
        'utm_content',
        'utm_content "hero-banner" uses "-" where the policy separator is "_": the convention writes "hero_banner" (if "-" is your team\'s, set policy.separator to "-").',
      ],
    ]);
    expect(r.channel).toBe('Paid Social');
  });

  it('gives exactly the findings checkCampaignUrl gives for the same link, so the wording is one', () => {
    const params = { source: 'FB', medium: 'Social Paid', campaign: 'Spring-Sale' };
    const r = buildCampaignUrlReport(S, params);
    const { configFindings, ...check } = checkCampaignUrl(r.url);
    expect(r).toEqual({ url: r.url, configFindings, ...check });
    expect(r.url).toBe(buildCampaignUrl(S, params));
  });

  it('records each rewrite a policy asks for as an info finding (from → to) that costs no points', () => {
    const r = buildCampaignUrlReport(
      S,
      { source: 'FB', medium: 'paid_social', campaign: 'Spring Sale' },
      {
        policy: rewriting,
      },
    );
    expect(r.url).toBe(`${S}?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring_sale`);
    expect(brief(r.findings)).toEqual([
      [
        'links/value-rewritten',
        'info',
        'utm_source',
        'utm_source "FB" was rewritten to "facebook" by the policy (normalize.aliases); GA4 reports it apart from links that still carry "FB".',
      ],
      [
        'links/value-rewritten',
        'info',
        'utm_campaign',
        'utm_campaign "Spring Sale" was rewritten to "spring_sale" by the policy (normalize.case, normalize.spaces); GA4 reports it apart from links that still carry "Spring Sale".',
      ],
    ]);
    expect(r.score).toBe(100);
    // The call's override: false writes values as given, so there is nothing to record.
    expect(buildCampaignUrlReport(S, { source: 'FB' }, { policy: rewriting, normalize: false }).findings).toEqual(
      checkCampaignUrl(`${S}?utm_source=FB`).findings,
    );
  });

  it('predicts the GA4 channel from values kept as given (GA4 matches source and medium case-insensitively)', () => {
    for (const [params, channel] of [
      [{ source: 'Facebook', medium: 'Paid-Social' }, 'Paid Social'],
      [{ source: 'FB', medium: 'paid_social' }, 'Paid Social'],
      [{ source: 'Google', medium: 'CPC' }, 'Paid Search'],
      [{ source: 'Newsletter', medium: 'Email' }, 'Email'],
      [{ source: 'partner', medium: 'CPC', campaign: 'EShop_Summer' }, 'Paid Shopping'],
    ] as const) {
      const r = buildCampaignUrlReport(S, { ...params, id: '1' });
      expect([params, r.channel, r.params.source]).toEqual([params, channel, params.source]);
    }
  });

  it('reports error findings instead of refusing the link, and a bad policy setting as a config finding', () => {
    const r = buildCampaignUrlReport(
      S,
      { source: 'google', medium: 'cpc', content: 'jane@example.com' },
      {
        policy: { maxLength: -1, prohibited: ['test'] } as never,
      },
    );
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.field])).toEqual([
      ['links/missing-parameter', 'error', 'utm_campaign'],
      ['links/pii', 'error', 'utm_content'],
    ]);
    expect(r.configFindings.map((f) => [f.ruleId, f.field])).toEqual([['config/invalid', 'policy.maxLength']]);
  });

  it('throws CampaignUrlError only when no link can be made', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
        return 'none';
      } catch (e) {
        return isCampaignUrlError(e) ? e.code : 'other';
      }
    };
    expect(codeOf(() => buildCampaignUrlReport('/p', { source: 'x' }))).toBe('links/relative-url');
    expect(codeOf(() => buildCampaignUrlReport(S, { campaignId: '1' } as never))).toBe('links/invalid-params');
    expect(codeOf(() => buildCampaignUrlReport(S, {}, { rulesVersion: '1999' as never }))).toBe('links/invalid-input');
    expect(codeOf(() => buildCampaignUrlReport('/p', { source: 'x' }, { base: S }))).toBe('none');
  });
});

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'FB',
    'Paid-Social',
    'hero-banner',
    'Spring Sale',
    ' email ',
    'a-b_c',
    '{{ad.name}}',
    'Launch_{keyword}',
  ),
);
const params = fc.record(
  Object.fromEntries(CAMPAIGN_PARAM_FIELDS.map((f) => [f, text])) as Record<keyof CampaignParams, typeof text>,
  { requiredKeys: [] },
);
const settings = fc.record({
  aliases: fc.boolean(),
  case: fc.boolean(),
  spaces: fc.boolean(),
  separator: fc.boolean(),
});

describe('properties', () => {
  it('the report is the check of the link buildCampaignUrl writes, plus one rewrite record per value changed', () => {
    fc.assert(
      fc.property(params, settings, (p, normalize) => {
        const policy = { ...defaultCampaignPolicy, normalize };
        const r = buildCampaignUrlReport(S, p, { policy });
        expect(r.url).toBe(buildCampaignUrl(S, p, { policy, validate: false }));
        const rewrites = r.findings.filter((f) => f.ruleId === 'links/value-rewritten');
        expect(r.findings.filter((f) => f.ruleId !== 'links/value-rewritten')).toEqual(
          checkCampaignUrl(r.url, { policy }).findings,
        );
        // Exactly the written values that differ from the trimmed value as given, each named by a rewrite turned on.
        const changed = CAMPAIGN_PARAM_FIELDS.filter((f) => {
          const given = p[f]?.trim();
          return given && r.params[f] !== undefined && r.params[f] !== given;
        });
        expect(rewrites.map((f) => f.field).sort()).toEqual(changed.map((f) => CAMPAIGN_PARAM_KEYS[f]).sort());
        for (const f of rewrites) {
          for (const kind of f.message.match(/normalize\.(\w+)/g) ?? []) {
            expect(normalize[kind.slice('normalize.'.length) as keyof typeof normalize]).toBe(true);
          }
        }
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});
