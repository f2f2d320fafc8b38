/** Tests for buildCampaignMatrix: the product, duplicates, failing rows, CSV and the options object. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildCampaignMatrix } from './campaign-matrix.js';
import { defaultCampaignPolicy, strictCampaignPolicy } from './policy.js';

describe('buildCampaignMatrix', () => {
  const dims = {
    sources: ['facebook', 'FB', 'tiktok'],
    mediums: ['paid_social'],
    campaigns: ['Spring Launch'],
    contents: ['hero_video', '{{ad.name}}'],
  };
  const pages = ['https://shop.example.com/a', 'https://shop.example.com/b#x'];

  // Issue 14: the matrix builds what buildCampaignUrl builds, so by default it keeps values as given and warns.
  it('builds the Cartesian product with values kept as given, warns about them and predicts channels', () => {
    const m = buildCampaignMatrix(pages, dims);
    expect(m.rows).toHaveLength(12);
    expect(m.duplicatesRemoved).toBe(0);
    expect(m.failed).toBe(0);
    expect(m.rows[0]).toMatchObject({
      url: 'https://shop.example.com/a?utm_source=facebook&utm_medium=paid_social&utm_campaign=Spring%20Launch&utm_content=hero_video',
      channel: 'Paid Social',
    });
    // FB stays FB: GA4 classifies it as social all the same (its channel rules match case-insensitively).
    expect(m.rows[2]).toMatchObject({
      url: 'https://shop.example.com/a?utm_source=FB&utm_medium=paid_social&utm_campaign=Spring%20Launch&utm_content=hero_video',
      params: { source: 'FB', campaign: 'Spring Launch' },
      channel: 'Paid Social',
    });
    expect(m.rows[2]?.findings.map((f) => [f.ruleId, f.severity, f.field])).toEqual([
      ['links/value-case', 'warning', 'utm_source'],
      ['links/value-not-allowed', 'warning', 'utm_source'],
      ['links/value-case', 'warning', 'utm_campaign'],
      ['links/value-spaces', 'warning', 'utm_campaign'],
    ]);
    expect(m.rows.flatMap((r) => r.findings).filter((f) => f.ruleId === 'links/value-rewritten')).toEqual([]);
  });

  it('rewrites on purpose under policy.normalize: aliases fold into duplicates and each rewrite is an info finding', () => {
    const policy = {
      ...defaultCampaignPolicy,
      normalize: { aliases: true, case: true, spaces: true, separator: true },
    };
    const m = buildCampaignMatrix(pages, dims, { policy });
    expect(m.rows).toHaveLength(8);
    expect(m.duplicatesRemoved).toBe(4);
    expect(m.failed).toBe(0);
    expect(m.rows[0]).toMatchObject({
      url: 'https://shop.example.com/a?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring_launch&utm_content=hero_video',
      channel: 'Paid Social',
    });
    expect(m.rows[0]?.findings.map((f) => [f.ruleId, f.severity, f.field, f.evidence])).toEqual([
      ['links/value-rewritten', 'info', 'utm_campaign', { text: 'spring_launch', value: 'Spring Launch' }],
    ]);
    expect(m.rows[7]?.url).toBe(
      'https://shop.example.com/b?utm_source=tiktok&utm_medium=paid_social&utm_campaign=spring_launch&utm_content={{ad.name}}#x',
    );
    // In the CSV a rewrite is listed, but it leaves the link ok.
    const csv = Papa.parse<string[]>(m.toCsv()).data;
    expect(csv[1]?.slice(-2)).toEqual([
      'ok',
      'links/value-rewritten: utm_campaign "Spring Launch" was rewritten to "spring_launch" by the policy (normalize.case, normalize.spaces); GA4 reports it apart from links that still carry "Spring Launch".',
    ]);
    expect(Papa.parse<string[]>(buildCampaignMatrix(pages, dims).toCsv()).data[3]?.at(-2)).toBe('warning');
  });

  it('keeps failing combinations as rows with findings, and exports CSV', () => {
    const m = buildCampaignMatrix(
      'https://shop.example.com/',
      { sources: ['facebook', 'snapchat'], mediums: ['paid-social'], campaigns: ['spring'], contents: ['=cmd'] },
      { policy: strictCampaignPolicy },
    );
    expect(m.failed).toBe(1);
    expect(m.rows[1]).toMatchObject({ url: null, channel: null });
    expect(m.rows[1]?.findings.map((f) => [f.ruleId, f.field])).toEqual([['links/value-not-allowed', 'utm_source']]);
    const csv = Papa.parse<string[]>(m.toCsv()).data;
    expect(csv[0]).toEqual([
      'url',
      'utm_source',
      'utm_medium',
      'utm_campaign',
      'utm_content',
      'channel',
      'status',
      'problems',
    ]);
    expect(csv[1]?.slice(1, 7)).toEqual(['facebook', 'paid-social', 'spring', "'=cmd", 'Paid Social', 'ok']);
    expect(csv[2]?.[6]).toBe('error');
  });

  it('still takes the deprecated positional policy', () => {
    const dims = { sources: ['snapchat'], mediums: ['paid-social'], campaigns: ['spring'], contents: ['a'] };
    const positional = buildCampaignMatrix('https://shop.example.com/', dims, strictCampaignPolicy);
    expect(positional.failed).toBe(1);
    expect(positional.rows).toEqual(
      buildCampaignMatrix('https://shop.example.com/', dims, { policy: strictCampaignPolicy }).rows,
    );
  });

  // Regression (issue 9.2): a bad policy threw a links/invalid-url error out of the matrix, so one typo in a
  // shared policy file lost the whole launch sheet.
  it('reports a bad policy in configFindings and still builds every row with the rest of the policy', () => {
    const m = buildCampaignMatrix(
      'https://shop.example.com/',
      { sources: ['facebook'], mediums: ['paid-social'], campaigns: ['test_spring'] },
      { policy: { templates: { 'paid-social': { required: 'content' } }, prohibited: ['test'] } as never },
    );
    expect(m.configFindings.map((f) => [f.ruleId, f.field])).toEqual([
      ['config/invalid', 'policy.templates.paid-social.required'],
    ]);
    expect(m.failed).toBe(1);
    expect(m.rows[0]?.findings.map((f) => [f.ruleId, f.field])).toEqual([['links/prohibited-term', 'utm_campaign']]);
  });
});
