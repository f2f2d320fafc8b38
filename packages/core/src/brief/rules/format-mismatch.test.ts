import { describe, expect, it } from 'vitest';
import { formatMismatch } from './format-mismatch.js';
import { briefRuleFields, runBriefRule } from './harness.js';

describe('brief/format-mismatch', () => {
  it.each<[string, unknown, [string, string][]]>([
    [
      'TikTok video in spec',
      {
        contentType: 'social-video',
        format: { kind: 'short-video', aspectRatio: '9:16', durationSec: 20, placements: ['tiktok-in-feed'] },
      },
      [],
    ],
    [
      '1.9:1 is within 3% of 1.91:1',
      { format: { kind: 'static-image', aspectRatio: '1.9:1', placements: ['meta-feed'] } },
      [],
    ],
    [
      'an unknown placement is not judged',
      { format: { kind: 'static-image', aspectRatio: '3:1', placements: ['billboard'] } },
      [],
    ],
    ['an unknown content type is not judged', { contentType: 'podcast', format: { kind: 'article' } }, []],
    [
      'blog post as video',
      { contentType: 'blog-post', format: { kind: 'short-video', durationSec: 30 } },
      [['format.kind', 'warning']],
    ],
    [
      'a duration on a still',
      { contentType: 'promo-asset', format: { kind: 'static-image', durationSec: 15 } },
      [['format.durationSec', 'warning']],
    ],
    ['a video without duration', { format: { kind: 'long-video' } }, [['format.durationSec', 'info']]],
    [
      '4:5 for Stories',
      { format: { kind: 'static-image', aspectRatio: '4:5', placements: ['meta-stories'] } },
      [['format.placements.0', 'warning']],
    ],
    [
      'too long for TikTok',
      {
        format: {
          kind: 'short-video',
          aspectRatio: '9:16',
          durationSec: 90,
          placements: ['meta-reels', 'tiktok-in-feed'],
        },
      },
      [['format.placements.1', 'warning']],
    ],
    [
      'too short for PMax',
      { format: { kind: 'short-video', aspectRatio: '1:1', durationSec: 6, placements: ['google-pmax'] } },
      [['format.placements.0', 'warning']],
    ],
  ])('%s', (_name, input, expected) => {
    expect(briefRuleFields(formatMismatch, input)).toEqual(expected);
  });

  it('suggests content types that use the format at the stage', () => {
    const [f] = runBriefRule(formatMismatch, {
      contentType: 'blog-post',
      funnelStage: 'discovery',
      format: { kind: 'short-video', durationSec: 30 },
    });
    expect(f?.message).toBe(
      'A blog post is made as article or infographic, not "short-video"; change the format or use content type social-video, brand-story, video-ad.',
    );
  });
});
