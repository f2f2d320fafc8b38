// Real Chromium: the "Tag this link" tool (URL, GA4 channel, Unassigned warning, history) and settings import/export.
import { mkdirSync } from 'node:fs';
import { buildCampaignUrlReport, defaultCampaignPolicy, predictChannelGroup } from '@revloop/core/links';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../src/settings/schema.js';
import {
  type LaunchedExtension,
  launchExtension,
  openExtensionPage,
  RESULTS_DIR,
  serveFixture,
  tabIdOf,
} from './helpers/browser.js';

const LANDING = 'https://www.amazon.com/Trailhead-Waterproof-Hiking-Boots-Men/dp/B0C7TRAIL1?th=1';
const LANDING_HTML = '<!doctype html><title>Landing</title><h1>Landing page</h1>';
const initialSettings = {
  ...defaultSettings(),
  enabledSites: ['https://cms.example.com'],
  thresholds: { good: 85, fair: 60 },
};

let ext: LaunchedExtension;
beforeAll(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  ext = await launchExtension({ settings: initialSettings });
  await serveFixture(ext.context, LANDING, LANDING_HTML);
});
afterAll(async () => {
  await ext?.close();
});

describe('Tag this link', () => {
  it('builds the expected URL from the current tab, predicts the channel live and warns on Unassigned', async () => {
    const page = await ext.context.newPage();
    await page.goto(LANDING);
    const tabId = await tabIdOf(ext, page);
    const panel = await openExtensionPage(ext, `panel.html?tab=${tabId}&view=links`);
    await expect.poll(() => panel.inputValue('#link-base')).toBe(LANDING);

    await panel.fill('#link-source', 'fb');
    await panel.fill('#link-medium', 'paid_social');
    await panel.fill('#link-campaign', 'Spring Sale 2026');
    await panel.fill('#link-content', 'carousel_a');
    const params = { source: 'fb', medium: 'paid_social', campaign: 'Spring Sale 2026', content: 'carousel_a' };
    const expected = buildCampaignUrlReport(LANDING, params, { policy: defaultCampaignPolicy });
    // Values kept as typed (trimmed and encoded only): no alias folding, no lowercasing, no separator rewrite.
    expect(expected.url).toBe(
      `${LANDING}&utm_source=fb&utm_medium=paid_social&utm_campaign=Spring%20Sale%202026&utm_content=carousel_a`,
    );
    await expect.poll(() => panel.textContent('[data-testid="tagged-url"]')).toBe(expected.url);
    const channel = predictChannelGroup({ source: 'fb', medium: 'paid_social', campaign: 'Spring Sale 2026' });
    expect(channel).toBe('Paid Social');
    expect(await panel.textContent('[data-testid="channel"]')).toBe(channel);
    expect(await panel.locator('[data-testid="unassigned-warning"]').count()).toBe(0);
    expect(await panel.locator('[data-testid="link-config-findings"]').count()).toBe(0);
    // The convention's warnings are listed as plain text: the alias, the upper case and the spaces.
    expect(expected.findings.map((f) => [f.ruleId, f.field])).toEqual([
      ['links/value-not-allowed', 'utm_source'],
      ['links/value-case', 'utm_campaign'],
      ['links/value-spaces', 'utm_campaign'],
    ]);
    const warnings = panel.locator('[data-testid="link-findings"] li');
    expect(await warnings.allTextContents()).toEqual(expected.findings.map((f) => `[${f.severity}] ${f.message}`));
    expect(await warnings.first().textContent()).toBe(
      '[warning] utm_source "fb" is an alias of "facebook": GA4 treats them as different sources, and the policy\'s convention writes "facebook".',
    );

    // Macro picker: Meta's ad name macro goes into the last focused field, verbatim.
    await panel.focus('#link-content');
    await panel.fill('#link-content', '');
    await panel.click('[data-token="{{ad.name}}"]');
    await expect.poll(() => panel.textContent('[data-testid="tagged-url"]')).toContain('utm_content={{ad.name}}');

    await panel.click('[data-testid="copy-link"]');
    await panel.locator('[data-testid="link-history"] li').first().waitFor();
    const stored = await ext.serviceWorker.evaluate(
      async () => (await chrome.storage.local.get('linkHistory')).linkHistory,
    );
    expect(stored[0].url).toBe(
      `${LANDING}&utm_source=fb&utm_medium=paid_social&utm_campaign=Spring%20Sale%202026&utm_content={{ad.name}}`,
    );
    expect(stored[0].channel).toBe('Paid Social');

    await panel.setViewportSize({ width: 420, height: 1100 });
    await panel.screenshot({ path: `${RESULTS_DIR}/link-tool.png` });

    // Neither a known source nor a medium GA4 maps: the link would land in Unassigned.
    await panel.fill('#link-source', 'partner_site');
    await panel.fill('#link-medium', 'banana');
    await panel.locator('[data-testid="unassigned-warning"]').waitFor();
    expect(await panel.textContent('[data-testid="channel"]')).toBe('Unassigned');
    await panel.screenshot({ path: `${RESULTS_DIR}/link-tool-unassigned.png` });
    await Promise.all([panel.close(), page.close()]);
  });
});

describe('Tag this link: policy problems', () => {
  it('lists problems in the stored policy as a plain-text notice, apart from the link findings', async () => {
    const stored = () => ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    const before = await stored();
    const settings = {
      ...initialSettings,
      campaignPolicy: { ...defaultCampaignPolicy, rules: { 'links/<i>no-such-rule</i>': 'off' } },
    };
    await ext.serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
    try {
      const page = await ext.context.newPage();
      await page.goto(LANDING);
      const tabId = await tabIdOf(ext, page);
      const panel = await openExtensionPage(ext, `panel.html?tab=${tabId}&view=links`);
      await expect.poll(() => panel.inputValue('#link-base')).toBe(LANDING);
      await panel.fill('#link-source', 'google');
      await panel.fill('#link-medium', 'cpc');
      const notice = panel.locator('[data-testid="link-config-findings"]');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('policy.rules.links/<i>no-such-rule</i>');
      expect(await notice.locator('i').count()).toBe(0);
      // The link is still built and checked under the rest of the policy.
      await expect.poll(() => panel.textContent('[data-testid="channel"]')).toBe('Paid Search');
      await panel.screenshot({ path: `${RESULTS_DIR}/link-tool-policy-problems.png` });
      await Promise.all([panel.close(), page.close()]);
    } finally {
      await ext.serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), before);
    }
  });
});

describe('on-demand audit entry points', () => {
  it('registers the "Audit this page" context-menu item (a gesture that grants activeTab)', async () => {
    const exists = await ext.serviceWorker.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          // update() fails for an unknown id, so success proves the item exists.
          chrome.contextMenus.update('revloop-audit-page', {}, () => resolve(!chrome.runtime.lastError));
        }),
    );
    expect(exists).toBe(true);
  });
});

describe('settings import', () => {
  const stored = () => ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);

  it('rejects an invalid file naming the exact bad keys, and keeps the old settings', async () => {
    const options = await openExtensionPage(ext, 'options.html');
    await options.waitForSelector('[data-testid="schema-version"]');
    const before = await stored();
    const bad = {
      schemaVersion: 2,
      thresholds: { good: 50, fair: 80 },
      enabledSites: ['https://ok.example.com', 'not a url'],
      brand: { bannedWords: ['ok', 42] },
      colour: 'blue',
    };
    await options.setInputFiles('[data-testid="import-file"]', {
      name: 'team-settings.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const issues = options.locator('[data-testid="issues"] li');
    await issues.first().waitFor();
    const paths = await issues.evaluateAll((els) => els.map((e) => e.getAttribute('data-path')));
    expect(paths).toEqual(
      expect.arrayContaining(['colour', 'enabledSites.1', 'thresholds.good', 'brand.bannedWords.1']),
    );
    expect(paths).not.toContain('enabledSites.0');
    expect(await stored()).toEqual(before);
    expect(before.enabledSites).toEqual(['https://cms.example.com']);
    await options.setViewportSize({ width: 900, height: 700 });
    await options.screenshot({ path: `${RESULTS_DIR}/options-import-rejected.png` });

    // A valid file (an older schema version) is migrated and replaces the settings.
    await options.setInputFiles('[data-testid="import-file"]', {
      name: 'v1.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ schemaVersion: 1, sites: ['https://shop.example.com'], goodScore: 80, fairScore: 50 }),
      ),
    });
    await options.locator('[data-testid="status"]').waitFor();
    await expect.poll(async () => (await stored()).enabledSites).toEqual(['https://shop.example.com']);
    expect((await stored()).thresholds).toEqual({ good: 80, fair: 50 });
    expect((await stored()).schemaVersion).toBe(2);

    // The brand form writes the core's CopyConfig, validated on save.
    await options.fill('#brand-name', 'Trailhead');
    await options.locator('#brand-name').blur();
    await options.fill('#brand-banned', 'cheap\nmiracle');
    await options.locator('#brand-banned').blur();
    await options.click('[data-testid="save"]');
    await expect
      .poll(async () => (await stored()).brand)
      .toEqual({
        brand: { name: 'Trailhead' },
        bannedWords: ['cheap', 'miracle'],
      });
    await options.setViewportSize({ width: 900, height: 1000 });
    await options.screenshot({ path: `${RESULTS_DIR}/options.png` });
    await options.close();
  });
});
