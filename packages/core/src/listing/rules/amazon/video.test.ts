// Table test for listing/amazon/video: no video is info; one or more passes.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { amazonVideo } from './video.js';

ruleTable(amazonVideo, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['one video', { videoCount: 1 }],
    ['several', { videoCount: 4 }],
  ],
  fail: [
    [
      'none',
      { videoCount: 0 },
      [{ severity: 'info', field: 'videoCount', evidence: { value: 0, limit: 1, unit: 'videos' } }],
    ],
  ],
});
