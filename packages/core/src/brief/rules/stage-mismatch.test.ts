// Table test for stageMismatch through the shared rule-table harness, plus checks of messages and options.
import { ruleTable } from '../../test-support/rule-table.js';
import { briefExampleContext } from '../pack.js';
import { stageMismatch } from './stage-mismatch.js';

ruleTable(stageMismatch, {
  context: briefExampleContext,
  pin: ['field', 'severity'],
  pass: [
    ['pdp at decision', { contentType: 'pdp', funnelStage: 'decision' }],
    ['video ad at evaluation', { contentType: 'video-ad', funnelStage: 'evaluation' }],
    ['email flow after purchase', { contentType: 'email-flow', funnelStage: 'post-purchase' }],
    ['unknown content type', { contentType: 'podcast', funnelStage: 'discovery' }],
    ['no stage', { contentType: 'pdp' }],
  ],
  fail: [
    [
      'pdp at discovery',
      { contentType: 'pdp', funnelStage: 'discovery' },
      [{ field: 'funnelStage', severity: 'warning' }],
    ],
    [
      'video ad after purchase',
      { contentType: 'video-ad', funnelStage: 'post-purchase' },
      [{ field: 'funnelStage', severity: 'warning' }],
    ],
    [
      'blog post at decision',
      { contentType: 'blog-post', funnelStage: 'decision' },
      [{ field: 'funnelStage', severity: 'warning' }],
    ],
  ],
});
