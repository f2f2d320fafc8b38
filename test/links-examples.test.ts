// Golden tests for the links example data: each existing link's predicted channel and findings; the demo runs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCampaignUrl, defaultCampaignPolicy } from '../packages/core/src/links/index.js';

const EXAMPLES = join(__dirname, '../examples');
/** The policy the demo uses: the default one plus the marketing site's host. */
const policy = { ...defaultCampaignPolicy, internalHosts: ['www.example.com'] };

/** [url, channel, `ruleId severity field` in report order]. */
const GOLDEN: [string, string, string[]][] = [
  [
    'https://shop.example.com/products/linen-shirt?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring_launch&utm_content=hero_video',
    'Paid Social',
    [],
  ],
  [
    'https://shop.example.com/?utm_source=Facebook&utm_medium=paid_social&utm_campaign=Spring%20Launch',
    'Paid Social',
    [
      'links/value-case warning utm_source',
      'links/value-case warning utm_campaign',
      'links/value-spaces warning utm_campaign',
    ],
  ],
  [
    'https://shop.example.com/?utm_source=fb&utm_medium=social_paid&utm_campaign=spring_launch',
    'Organic Social',
    [
      'links/channel-mismatch warning utm_medium',
      'links/value-not-allowed warning utm_source',
      'links/value-not-allowed warning utm_medium',
    ],
  ],
  [
    'https://shop.example.com/?utm_source=facebook&utm_medium=email&utm_campaign=spring_launch',
    'Organic Social',
    ['links/channel-mismatch warning utm_medium'],
  ],
  ['https://shop.example.com/?utm_source=newsletter&utm_medium=cpc&utm_campaign=spring_launch', 'Paid Other', []],
  [
    'https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign=%7B%7Bcampaign.name%7D%7D',
    'Paid Social',
    ['links/malformed-macro error utm_campaign'],
  ],
  [
    'https://shop.example.com/?utm_source=tiktok&utm_medium=paid_social&utm_campaign=__CAMPAIGN_NAM__',
    'Paid Social',
    ['links/malformed-macro error utm_campaign'],
  ],
  [
    'https://shop.example.com/?utm_source=klaviyo&utm_medium=email&utm_campaign=welcome&utm_content=jane.doe@example.com',
    'Email',
    ['links/pii error utm_content'],
  ],
  [
    'https://shop.example.com/sale#top?utm_source=google&utm_medium=cpc&utm_campaign=spring_launch',
    'Unassigned',
    [
      'links/fragment-before-query error utm_source',
      'links/fragment-before-query error utm_medium',
      'links/fragment-before-query error utm_campaign',
    ],
  ],
  [
    'https://shop.example.com/?utm_source=partner&utm_medium=qr_code&utm_campaign=spring_launch',
    'Unassigned',
    ['links/unassigned-channel warning utm_medium'],
  ],
  [
    'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign_id=123456&utm_source=bing',
    'Paid Search',
    [
      'links/missing-parameter error utm_campaign',
      'links/duplicate-parameter error utm_source',
      'links/unknown-parameter warning utm_campaign_id',
    ],
  ],
  [
    'https://www.example.com/blog?utm_source=homepage&utm_medium=banner&utm_campaign=spring_launch',
    'Display',
    ['links/internal-link error utm_source'],
  ],
  ['/relative/link?utm_source=google', 'Unassigned', ['links/invalid-url error url']],
];

describe('examples/links/existing-links.txt', () => {
  const lines = readFileSync(join(EXAMPLES, 'links/existing-links.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

  it('has a golden entry per link', () => expect(lines).toEqual(GOLDEN.map(([url]) => url)));

  for (const [url, channel, findings] of GOLDEN) {
    it(url, () => {
      const report = checkCampaignUrl(url, policy);
      expect(report.channel).toBe(channel);
      expect(report.findings.map((f) => `${f.ruleId} ${f.severity} ${f.field}`)).toEqual(findings);
    });
  }
});

describe('links demo', () => {
  it('runs against the built package and prints the matrix, the checks and the channels', () => {
    const run = spawnSync('pnpm', ['exec', 'tsx', 'src/links-example.ts'], { cwd: EXAMPLES, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('18 links, 6 duplicates folded');
    expect(run.stdout).toContain('utm_id={campaignid}&utm_term={keyword}#reviews');
    expect(run.stdout).toMatch(/fb \/ social_paid +Organic Social/);
    expect(run.stdout).toContain('Refused (links/policy)');
  });
});
