// Tests for BriefSchema: the sample brief, the issue's field names, keyword-or-message and strict keys.
import { describe, expect, it } from 'vitest';
import { SAMPLE_BRIEF } from './fixtures.js';
import { BRIEF_FIELDS, BriefSchema, REQUIRED_BRIEF_FIELDS } from './schema.js';

describe('BriefSchema', () => {
  it('accepts the sample brief', () => {
    expect(BriefSchema.safeParse(SAMPLE_BRIEF).success).toBe(true);
  });

  it('uses the exact field names of the issue', () => {
    expect(BRIEF_FIELDS).toEqual([
      'id',
      'title',
      'contentType',
      'funnelStage',
      'audience',
      'primaryKeyword',
      'keyMessage',
      'format',
      'visualDirection',
      'requiredClaims',
      'businessGoal',
      'owner',
      'approver',
      'deadline',
      'budget',
      'mandatories',
      'references',
      'channels',
      'notes',
    ]);
    expect(REQUIRED_BRIEF_FIELDS).toContain('primaryKeyword|keyMessage');
  });

  it('needs a primary keyword or a key message', () => {
    const { primaryKeyword: _p, keyMessage: _k, ...rest } = SAMPLE_BRIEF;
    const result = BriefSchema.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['keyMessage']);
    expect(BriefSchema.safeParse({ ...rest, keyMessage: 'x' }).success).toBe(true);
  });

  it('rejects unknown keys and a goal without a target', () => {
    expect(BriefSchema.safeParse({ ...SAMPLE_BRIEF, targetAudience: 'x' }).success).toBe(false);
    expect(BriefSchema.safeParse({ ...SAMPLE_BRIEF, businessGoal: { metric: 'reach' } }).success).toBe(false);
  });
});
