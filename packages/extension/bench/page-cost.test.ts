// Browser benchmark: extraction time and the longest main-thread task on a large Amazon page, against the plain fixture.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeOf,
  contentState,
  type LaunchedExtension,
  launchExtension,
  RESULTS_DIR,
  serveFixture,
  tabIdOf,
} from '../test/helpers/browser.js';
import { listingFixtures } from '../test/helpers/fixtures.js';

// Speed is measured here, run by `pnpm bench`, never asserted in `pnpm test`: two shared cores make timings noisy.
const RUNS = Number(process.env.REVLOOP_PAGE_BENCH_RUNS ?? 7);
/** The budget from the issue tracker: no main-thread task of 50 ms or more, extraction under 50 ms. */
const BUDGET_MS = 50;

const full = listingFixtures().find((f) => f.name === 'amazon-full')!;

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
beforeAll(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

interface Run {
  extractMs: number;
  longestTaskMs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Loads `html` at `url`, then re-audits it `RUNS - 1` times (as the panel's refresh does); one row per run. */
async function measure(url: string, html: string): Promise<Run[]> {
  await serveFixture(ext.context, url, html);
  const page: Page = await ext.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  const extraction = async () => (await contentState(ext, page))?.extract ?? null;
  await expect.poll(extraction, { timeout: 30_000 }).not.toBeNull();
  const tabId = await tabIdOf(ext, page);
  await expect.poll(async () => (await badgeOf(ext, tabId)).text).not.toBe('');
  const runs: Run[] = [];
  const readRun = async () => {
    const { start, ms } = (await extraction())!;
    const tasks = await page.evaluate(
      () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
    );
    const during = tasks.filter((t) => t.start + t.duration >= start && t.start <= start + ms);
    runs.push({ extractMs: ms, longestTaskMs: Math.max(0, ...during.map((t) => t.duration)) });
  };
  await readRun();
  for (let i = 1; i < RUNS; i++) {
    const before = (await extraction())!.start;
    await ext.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { kind: 'page:audit' }), tabId);
    await expect.poll(async () => (await extraction())?.start).not.toBe(before);
    await readRun();
  }
  await page.close();
  return runs;
}

describe('page cost', () => {
  it('measures extraction on a large Amazon page against the plain fixture', async () => {
    const baseline = await measure(full.url, full.html);
    const largeUrl = 'https://www.amazon.com/Trailhead-Large/dp/B0C7LARGE1';
    const html = largeAmazonPage(full.html).replaceAll('B0C7TRAIL1', 'B0C7LARGE1');
    const large = await measure(largeUrl, html);
    const row = (name: string, runs: Run[]) => ({
      name,
      firstRunMs: Number(runs[0]!.extractMs.toFixed(1)),
      medianExtractMs: Number(median(runs.map((r) => r.extractMs)).toFixed(1)),
      medianLongestTaskMs: Number(median(runs.map((r) => r.longestTaskMs)).toFixed(1)),
      firstRunLongestTaskMs: Number(runs[0]!.longestTaskMs.toFixed(1)),
    });
    const rows = [row('amazon-full (baseline)', baseline), row('large Amazon page (~4.5k elements)', large)];
    const ratio = rows[1]!.medianExtractMs / Math.max(0.1, rows[0]!.medianExtractMs);
    const overBudget = rows[1]!.medianExtractMs >= BUDGET_MS || rows[1]!.medianLongestTaskMs >= BUDGET_MS;
    const result = {
      runs: RUNS,
      budgetMs: BUDGET_MS,
      rows,
      ratioToBaseline: Number(ratio.toFixed(2)),
      overBudget,
      loadAverage: loadavg()[0],
    };
    writeFileSync(`${RESULTS_DIR}/page-cost.json`, `${JSON.stringify(result, null, 2)}\n`);
    console.log('\n## Extension page cost (medians)\n');
    console.log('| page | first run ms | median extract ms | median longest task ms |');
    console.log('|---|---|---|---|');
    for (const r of rows)
      console.log(`| ${r.name} | ${r.firstRunMs} | ${r.medianExtractMs} | ${r.medianLongestTaskMs} |`);
    console.log(
      `\nlarge / baseline: ${result.ratioToBaseline}×; budget ${BUDGET_MS} ms: ${overBudget ? 'OVER' : 'within'}`,
    );
    // Only that a measurement happened is asserted; the figures are for reading, not for failing a build.
    expect(large).toHaveLength(RUNS);
  });
});
