import { describe, expect, it } from 'vitest';
import { briefRuleFields, runBriefRule } from './harness.js';
import { missingKeyword } from './missing-keyword.js';

describe('brief/missing-keyword', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['blog post with keyword', { contentType: 'blog-post', primaryKeyword: 'how to clean suede' }, []],
    ['social video without keyword', { contentType: 'social-video', keyMessage: 'x' }, []],
    ['email without keyword', { contentType: 'email-flow', format: { kind: 'email', placements: ['klaviyo'] } }, []],
    ['blog post without keyword', { contentType: 'blog-post', keyMessage: 'x' }, [['primaryKeyword', 'warning']]],
    ['comparison guide', { contentType: 'comparison-guide' }, [['primaryKeyword', 'warning']]],
    ['pdp with a blank keyword', { contentType: 'pdp', primaryKeyword: '   ' }, [['primaryKeyword', 'warning']]],
    [
      'an ad on a search placement',
      {
        contentType: 'static-image-ad',
        format: { kind: 'static-image', placements: ['meta-feed', 'amazon-sponsored-products'] },
      },
      [['primaryKeyword', 'warning']],
    ],
  ])('%s', (_name, input, expected) => {
    expect(briefRuleFields(missingKeyword, input)).toEqual(expected);
  });

  it('says why the asset is search-led', () => {
    expect(
      runBriefRule(missingKeyword, { format: { kind: 'static-image', placements: ['google-search'] } })[0]?.message,
    ).toBe(
      'The brief has no primaryKeyword, but Google Search is a search placement; add the query this asset should rank for.',
    );
  });
});
