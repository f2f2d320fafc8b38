/** Campaign links demo: builds a launch matrix, checks existing links (some broken) and prints GA4 channels. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildCampaignMatrix,
  buildCampaignUrl,
  buildCampaignUrlReport,
  type CampaignPolicy,
  checkCampaignUrl,
  defaultCampaignPolicy,
  isCampaignUrlError,
  predictChannelGroup,
} from '@revloop/core/links';

const here = dirname(fileURLToPath(import.meta.url));

// The team policy: the default one, plus the marketing site's host so internal links are caught.
const policy: CampaignPolicy = { ...defaultCampaignPolicy, internalHosts: ['www.example.com'] };
// The default keeps values as given; for this launch the team chose to rewrite them to its convention, on purpose.
const rewriting: CampaignPolicy = {
  ...policy,
  normalize: { aliases: true, case: true, spaces: true, separator: true },
};

console.log('== Launch matrix (every creative × placement), rewritten on purpose ==');
const matrix = buildCampaignMatrix(
  ['https://shop.example.com/products/linen-shirt', 'https://shop.example.com/collections/summer#new'],
  {
    sources: ['facebook', 'FB', 'tiktok', 'pinterest'],
    mediums: ['paid_social'],
    campaigns: ['Summer Launch 2025'],
    contents: ['hero_video', '{{ad.name}}', '__CID_NAME__'],
  },
  { policy: rewriting },
);
console.log(
  `${matrix.rows.length} links, ${matrix.duplicatesRemoved} duplicates folded (FB = facebook), ${matrix.failed} refused`,
);
console.log(matrix.toCsv().split('\n').slice(0, 4).join('\n'));
console.log('…');
const rewrites = matrix.rows.flatMap((row) => row.findings).filter((f) => f.ruleId === 'links/value-rewritten');
console.log(`${rewrites.length} rewrites recorded, e.g. ${rewrites[0]?.message}`);

console.log('\n== One link, values kept as given (the default) ==');
const kept = buildCampaignUrlReport('https://shop.example.com/', {
  source: 'Facebook',
  medium: 'paid-social',
  campaign: 'summer_launch',
  content: 'hero-banner',
});
console.log(`${kept.url}\n  → ${kept.channel} (score ${kept.score})`);
for (const f of kept.findings) console.log(`  ${f.severity.padEnd(7)} ${f.ruleId} [${f.field ?? ''}] ${f.message}`);

console.log('\n== One link, macros kept verbatim ==');
console.log(
  buildCampaignUrl('https://shop.example.com/p?color=blue#reviews', {
    source: 'google',
    medium: 'cpc',
    campaign: 'Summer Launch',
    id: '{campaignid}',
    term: '{keyword}',
  }),
);

console.log('\n== Existing links ==');
const lines = readFileSync(join(here, '../links/existing-links.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
for (const url of lines) {
  const report = checkCampaignUrl(url, { policy });
  console.log(`\n${url}\n  → ${report.channel} (score ${report.score})`);
  for (const f of report.findings) console.log(`  ${f.severity.padEnd(7)} ${f.ruleId} [${f.field ?? ''}] ${f.message}`);
}

console.log('\n== Channel predictions ==');
for (const [source, medium, campaign] of [
  ['fb', 'paid_social', ''],
  ['fb', 'social_paid', ''],
  ['newsletter', 'cpc', ''],
  ['(unknown)', 'cpm', ''],
  ['partner', 'cpc', 'eshop_summer'],
  ['partner', 'cpc', 'workshop_summer'],
  ['x.com', 'referral', ''],
]) {
  console.log(
    `${`${source} / ${medium}${campaign ? ` / ${campaign}` : ''}`.padEnd(36)} ${predictChannelGroup({ source, medium, campaign })}`,
  );
}

try {
  buildCampaignUrl('https://shop.example.com/', { source: 'facebook', content: 'jane@example.com' }, { policy });
} catch (error) {
  // isCampaignUrlError, not instanceof: it also recognises an error thrown by the package's other (CJS) build.
  if (!isCampaignUrlError(error)) throw error;
  console.log(`\nRefused (${error.code}): ${error.findings.map((f) => `${f.field}: ${f.message}`).join(' / ')}`);
}
