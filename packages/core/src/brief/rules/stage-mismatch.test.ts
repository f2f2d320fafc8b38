import { describe, expect, it } from 'vitest';
import { briefRuleFields } from './harness.js';
import { stageMismatch } from './stage-mismatch.js';

describe('brief/stage-mismatch', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['pdp at decision', { contentType: 'pdp', funnelStage: 'decision' }, []],
    ['video ad at evaluation', { contentType: 'video-ad', funnelStage: 'evaluation' }, []],
    ['email flow after purchase', { contentType: 'email-flow', funnelStage: 'post-purchase' }, []],
    ['unknown content type', { contentType: 'podcast', funnelStage: 'discovery' }, []],
    ['no stage', { contentType: 'pdp' }, []],
    ['pdp at discovery', { contentType: 'pdp', funnelStage: 'discovery' }, [['funnelStage', 'warning']]],
    [
      'video ad after purchase',
      { contentType: 'video-ad', funnelStage: 'post-purchase' },
      [['funnelStage', 'warning']],
    ],
    ['blog post at decision', { contentType: 'blog-post', funnelStage: 'decision' }, [['funnelStage', 'warning']]],
  ])('%s', (_name, input, expected) => {
    expect(briefRuleFields(stageMismatch, input)).toEqual(expected);
  });
});
