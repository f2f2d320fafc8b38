// Table test for missingKeyword through the shared rule-table harness, plus checks of messages and options.
import { describe, expect, it } from 'vitest';
import { ruleTable, runRuleOn } from '../../test-support/rule-table.js';
import { briefExampleContext } from '../pack.js';
import { missingKeyword } from './missing-keyword.js';

ruleTable(missingKeyword, {
  context: briefExampleContext,
  pin: ['field', 'severity'],
  pass: [
    ['blog post with keyword', { contentType: 'blog-post', primaryKeyword: 'how to clean suede' }],
    ['social video without keyword', { contentType: 'social-video', keyMessage: 'x' }],
    ['email without keyword', { contentType: 'email-flow', format: { kind: 'email', placements: ['klaviyo'] } }],
  ],
  fail: [
    [
      'blog post without keyword',
      { contentType: 'blog-post', keyMessage: 'x' },
      [{ field: 'primaryKeyword', severity: 'warning' }],
    ],
    ['comparison guide', { contentType: 'comparison-guide' }, [{ field: 'primaryKeyword', severity: 'warning' }]],
    [
      'pdp with a blank keyword',
      { contentType: 'pdp', primaryKeyword: '   ' },
      [{ field: 'primaryKeyword', severity: 'warning' }],
    ],
    [
      'an ad on a search placement',
      {
        contentType: 'static-image-ad',
        format: { kind: 'static-image', placements: ['meta.feed', 'amazon.sponsored-products'] },
      },
      [{ field: 'primaryKeyword', severity: 'warning' }],
    ],
  ],
});

describe('brief/missing-keyword', () => {
  it('says why the asset is search-led', () => {
    expect(
      runRuleOn(
        missingKeyword,
        briefExampleContext({ format: { kind: 'static-image', placements: ['google.search'] } }),
      )[0]?.message,
    ).toBe(
      'The brief has no primaryKeyword, but Google Search is a search placement; add the query this asset should rank for.',
    );
  });
});
