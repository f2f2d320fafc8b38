/** Tests for CampaignPolicy: defaults, the strict parse that throws, and the lenient resolve that drops one setting. */
import { describe, expect, it } from 'vitest';
import { isRevloopError, type RevloopError } from '../engine/errors.js';
import {
  CampaignPolicySchema,
  defaultCampaignPolicy,
  parseCampaignPolicy,
  resolveCampaignPolicy,
  strictCampaignPolicy,
} from './policy.js';

const thrown = (f: () => unknown): RevloopError => {
  try {
    f();
  } catch (e) {
    if (isRevloopError(e)) return e;
    throw e;
  }
  throw new Error('did not throw');
};

describe('CampaignPolicy', () => {
  it('fills defaults from an empty object and round-trips through JSON', () => {
    const p = parseCampaignPolicy({});
    expect(p).toMatchObject({
      required: ['source', 'medium'],
      requireOneOf: [['campaign', 'id']],
      case: 'lower',
      separator: '_',
      // Issue 14: nothing is rewritten unless the team turns it on.
      normalize: { aliases: false, case: false, spaces: false, separator: false },
      maxLength: 2048,
    });
    expect(CampaignPolicySchema.parse(JSON.parse(JSON.stringify(strictCampaignPolicy)))).toEqual(strictCampaignPolicy);
  });

  it('ships a default and a strict example', () => {
    expect(defaultCampaignPolicy.aliases.source?.fb).toBe('facebook');
    expect(strictCampaignPolicy.templates['paid-social']?.required).toEqual(['content']);
    expect(strictCampaignPolicy.separator).toBe('-');
    expect(defaultCampaignPolicy.normalize).toEqual({ aliases: false, case: false, spaces: false, separator: false });
    expect(strictCampaignPolicy.normalize).toEqual({ aliases: true, case: true, spaces: true, separator: true });
  });

  it('resolves normalize switch by switch: a bad one is a config finding naming it, the good ones still apply', () => {
    const { value, findings } = resolveCampaignPolicy({
      normalize: { aliases: true, case: 'lower', separator: true, colour: true },
      maxLength: 100,
    });
    expect(findings.map((f) => [f.ruleId, f.field])).toEqual([
      ['config/invalid', 'policy.normalize.case'],
      ['config/invalid', 'policy.normalize.colour'],
    ]);
    expect(value.normalize).toEqual({ aliases: true, case: false, spaces: false, separator: true });
    expect(value.maxLength).toBe(100);
    expect(resolveCampaignPolicy({ normalize: true }).findings.map((f) => f.field)).toEqual(['policy.normalize']);
  });

  it('parse throws a config/invalid RevloopError whose findings name every bad path', () => {
    const e = thrown(() =>
      parseCampaignPolicy({
        required: ['source', 'utm_campaign_id'],
        templates: { 'paid-social': { required: 'content' }, cpc: { required: ['term'] } },
        rules: { 'links/value-case': 'loud', 'links/pii': 'off' },
        colour: 'red',
      }),
    );
    expect(e.code).toBe('config/invalid');
    expect(e.findings.map((f) => [f.ruleId, f.field])).toEqual([
      ['config/invalid', 'policy.required.1'],
      ['config/invalid', 'policy.templates.paid-social.required'],
      ['config/invalid', 'policy.rules.links/value-case'],
      ['config/invalid', 'policy.colour'],
    ]);
    expect(thrown(() => parseCampaignPolicy('strict')).findings.map((f) => f.field)).toEqual(['policy']);
  });

  it('resolve never throws and drops only the bad setting', () => {
    const { value, findings } = resolveCampaignPolicy({
      templates: { 'paid-social': { required: 'content' }, cpc: { required: ['term'] } },
      rules: { 'links/value-case': 'loud', 'links/pii': 'off' },
      maxLength: -1,
      separator: '-',
    });
    expect(findings.map((f) => f.field)).toEqual([
      'policy.templates.paid-social.required',
      'policy.rules.links/value-case',
      'policy.maxLength',
    ]);
    expect(value.templates).toEqual({ cpc: { required: ['term'], allowed: {} } });
    expect(value.rules).toEqual({ 'links/pii': 'off' });
    expect(value.maxLength).toBe(2048);
    expect(value.separator).toBe('-');
  });

  it.each([
    ['undefined', undefined, [], defaultCampaignPolicy],
    ['null', null, [], defaultCampaignPolicy],
    ['{}', {}, [], CampaignPolicySchema.parse({})],
    ['a number', 7, ['policy'], defaultCampaignPolicy],
    ['a string', 'x', ['policy'], defaultCampaignPolicy],
    ['an array', [], ['policy'], defaultCampaignPolicy],
  ])('resolve(%s) reports %j', (_name, input, fields, expected) => {
    const { value, findings } = resolveCampaignPolicy(input);
    expect(findings.map((f) => f.field)).toEqual(fields);
    expect(value).toEqual(expected);
  });
});
