/** Audits the bundled listing fixture pages from Node via @revloop/core/html and prints a readable scorecard. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditHtml } from '@revloop/core/html';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/listings');

function bar(score: number): string {
  const filled = Math.round(score / 10);
  return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)} ${String(score).padStart(3)}`;
}

const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

for (const name of names) {
  const { url } = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as { url: string };
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  const { listing, report } = auditHtml(html, url);
  console.log(`\n${name}  ·  ${listing.marketplace}  ·  ${url}`);
  console.log(`  ${(listing.title ?? '(no title)').slice(0, 90)}`);
  console.log(
    `  score ${report.score} (${report.band})  ·  packs: ${report.packs.join(', ')}${report.copyChecked ? ' + copy' : ''}`,
  );
  for (const [category, score] of Object.entries(report.categories)) {
    console.log(`    ${category.padEnd(16)} ${bar(score)}`);
  }
  // Every lost point is explained: the rules that cost the most, with one of their findings.
  for (const penalty of report.penalties.slice(0, 4)) {
    const finding = report.findings.find((f) => f.ruleId === penalty.ruleId);
    const where = finding?.field ? ` [${finding.field}]` : '';
    console.log(`    -${String(penalty.points).padStart(2)}  ${penalty.ruleId}${where}: ${finding?.message ?? ''}`);
  }
  for (const warning of listing.warnings.slice(0, 2)) console.log(`    ! ${warning}`);
}
