// Table test for formatMismatch through the shared rule-table harness, plus checks of messages and options.
import { describe, expect, it } from 'vitest';
import { ruleTable, runRuleOn } from '../../test-support/rule-table.js';
import { briefExampleContext } from '../pack.js';
import { formatMismatch } from './format-mismatch.js';

ruleTable(formatMismatch, {
  context: briefExampleContext,
  pin: ['field', 'severity'],
  pass: [
    [
      '1.9:1 is within 1% of 1.91:1 on Google too',
      { format: { kind: 'static-image', aspectRatio: '1.9:1', placements: ['google.display'] } },
    ],
    [
      'TikTok video in spec',
      {
        contentType: 'social-video',
        format: { kind: 'short-video', aspectRatio: '9:16', durationSec: 20, placements: ['tiktok.in-feed'] },
      },
    ],
    [
      '1.9:1 is within 3% of 1.91:1',
      { format: { kind: 'static-image', aspectRatio: '1.9:1', placements: ['meta.feed'] } },
    ],
    [
      'an unknown placement is not judged',
      { format: { kind: 'static-image', aspectRatio: '3:1', placements: ['billboard'] } },
    ],
    ['an unknown content type is not judged', { contentType: 'podcast', format: { kind: 'article' } }],
  ],
  fail: [
    [
      'a former placement name is accepted with an info finding',
      { format: { kind: 'static-image', aspectRatio: '1:1', placements: ['meta-feed'] } },
      [{ field: 'format.placements.0', severity: 'info' }],
    ],
    [
      'a former name is still judged against the spec',
      { format: { kind: 'static-image', aspectRatio: '4:5', placements: ['meta-stories'] } },
      [
        { field: 'format.placements.0', severity: 'info' },
        { field: 'format.placements.0', severity: 'warning' },
      ],
    ],
    [
      'Google holds the ratio to ±1%',
      { format: { kind: 'static-image', aspectRatio: '1.87:1', placements: ['google.display'] } },
      [{ field: 'format.placements.0', severity: 'warning' }],
    ],
    [
      'blog post as video',
      { contentType: 'blog-post', format: { kind: 'short-video', durationSec: 30 } },
      [{ field: 'format.kind', severity: 'warning' }],
    ],
    [
      'a duration on a still',
      { contentType: 'promo-asset', format: { kind: 'static-image', durationSec: 15 } },
      [{ field: 'format.durationSec', severity: 'warning' }],
    ],
    [
      'a video without duration',
      { format: { kind: 'long-video' } },
      [{ field: 'format.durationSec', severity: 'info' }],
    ],
    [
      '4:5 for Stories',
      { format: { kind: 'static-image', aspectRatio: '4:5', placements: ['meta.stories'] } },
      [{ field: 'format.placements.0', severity: 'warning' }],
    ],
    [
      'too long for TikTok',
      {
        format: {
          kind: 'short-video',
          aspectRatio: '9:16',
          durationSec: 90,
          placements: ['meta.reels', 'tiktok.in-feed'],
        },
      },
      [{ field: 'format.placements.1', severity: 'warning' }],
    ],
    [
      'too short for PMax',
      { format: { kind: 'short-video', aspectRatio: '1:1', durationSec: 6, placements: ['google.pmax'] } },
      [{ field: 'format.placements.0', severity: 'warning' }],
    ],
  ],
});

describe('brief/format-mismatch', () => {
  it('suggests content types that use the format at the stage', () => {
    const [f] = runRuleOn(
      formatMismatch,
      briefExampleContext({
        contentType: 'blog-post',
        funnelStage: 'discovery',
        format: { kind: 'short-video', durationSec: 30 },
      }),
    );
    expect(f?.message).toBe(
      'A blog post is made as article or infographic, not "short-video"; change the format or use content type social-video, brand-story, video-ad.',
    );
  });
});
