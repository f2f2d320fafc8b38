// Real Chromium: history and "what changed" after a fixture changes, and the compare view (page cost is in bench/).
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeOf,
  type LaunchedExtension,
  launchExtension,
  openExtensionPage,
  RESULTS_DIR,
  serveFixture,
  tabIdOf,
} from './helpers/browser.js';
import { listingFixtures } from './helpers/fixtures.js';

const fixtures = listingFixtures();
const full = fixtures.find((f) => f.name === 'amazon-full')!;
const weak = fixtures.find((f) => f.name === 'amazon-weak')!;

/** Edits a live listing the way a seller would: new title, last bullet removed. */
function changedVersion(html: string): string {
  const title = full.expected.listing.title!;
  const lastBullet = full.expected.listing.bullets!.at(-1)!;
  return html
    .replaceAll(title, 'Trailhead Waterproof Leather Hiking Boots for Men with Vibram Sole')
    .replace(lastBullet, '');
}

let ext: LaunchedExtension;
let version = 1;
beforeAll(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  ext = await launchExtension();
  await serveFixture(ext.context, full.url, () => (version === 1 ? full.html : changedVersion(full.html)));
  await serveFixture(ext.context, weak.url, weak.html);
});
afterAll(async () => {
  await ext?.close();
});

describe('history and what changed', () => {
  it('shows the changes since the previous visit, keeps both audits, and compares two listings', async () => {
    const page = await ext.context.newPage();
    await page.goto(full.url);
    const tabId = await tabIdOf(ext, page);
    await expect.poll(async () => (await badgeOf(ext, tabId)).text).not.toBe('');
    const panel = await openExtensionPage(ext, `panel.html?tab=${tabId}`);
    await panel.waitForSelector('[data-testid="score-card"]');
    expect(await panel.textContent('.content')).toContain('First audit of this listing');

    version = 2;
    await page.reload();
    const changes = panel.locator('[data-testid="what-changed"] [data-testid="changes"] li');
    await changes.first().waitFor();
    const fields = await changes.evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));
    expect(fields).toContain('title');
    expect(fields.some((f) => f?.startsWith('bullets'))).toBe(true);
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.locator('[data-testid="what-changed"]').screenshot({ path: `${RESULTS_DIR}/what-changed.png` });

    await panel.click('[data-view="history"]');
    const row = panel.locator('[data-testid="history"] tr[data-key="amazon:amazon.com:B0C7TRAIL1"]');
    await expect.poll(async () => row.textContent()).toContain('2 audits');

    const other = await ext.context.newPage();
    await other.goto(weak.url);
    const otherTab = await tabIdOf(ext, other);
    await expect.poll(async () => (await badgeOf(ext, otherTab)).text).not.toBe('');
    await panel.click('[data-view="compare"]');
    await panel.locator('input[type="checkbox"]').first().waitFor();
    for (const box of await panel.locator('input[type="checkbox"]').all()) await box.check();
    const table = panel.locator('[data-testid="compare-table"]');
    await table.waitFor();
    expect(await table.locator('thead th').count()).toBe(3);
    await panel.setViewportSize({ width: 520, height: 900 });
    await panel.screenshot({ path: `${RESULTS_DIR}/compare.png`, fullPage: true });
    await Promise.all([panel.close(), page.close(), other.close()]);
  });
});
