// Real-Chromium tests of the checker's DOM mechanics (overlay geometry, fixes, undo) with a stand-in lint, no extension.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyShownFixAndUndo,
  editorFixture,
  hoverUnderlineOf,
  OVERLAY,
  phraseBox,
} from './fixtures/editors/page-helpers.js';
import { CHROMIUM, RESULTS_DIR } from './helpers/browser.js';

const PAGES: Record<string, string> = {
  'https://admin.shopify.com/store/demo/products/123': 'shopify-admin.html',
  'https://example-shop.com/wp-admin/post.php?post=1&action=edit': 'gutenberg.html',
  'https://notes.example.org/compose': 'plain.html',
  'https://classic-shop.com/wp-admin/post.php?post=2&action=edit': 'classic-wordpress.html',
};

let browser: Browser;
let context: BrowserContext;
let harness: string;

beforeAll(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [new URL('./fixtures/editors/harness-entry.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  });
  harness = out.outputFiles[0]!.text;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => {
    const name = PAGES[route.request().url()];
    return name
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: editorFixture(name) })
      : route.fulfill({ status: 404, body: '' });
  });
});

afterAll(async () => {
  await browser?.close();
});

async function open(url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: harness });
  return page;
}

describe('editor checker mechanics in Chromium', () => {
  it('draws the underline on the words in a contenteditable block without touching its DOM', async () => {
    const page = await open('https://example-shop.com/wp-admin/post.php?post=1&action=edit');
    const html = await page.locator('[data-block="b1"]').innerHTML();
    const line = page.locator(`${OVERLAY} .u`).first();
    await line.waitFor({ state: 'attached' });
    const u = (await line.boundingBox())!;
    const words = (await phraseBox(page, '[data-block="b1"]', 'clinically proven'))!;
    expect(Math.abs(u.x - words.x)).toBeLessThan(2);
    expect(Math.abs(u.width - words.width)).toBeLessThan(2);
    expect(Math.abs(u.y + u.height - (words.y + words.height))).toBeLessThan(3);
    expect(await page.locator('[data-block="b1"]').innerHTML()).toBe(html);
    await page.close();
  });

  it('keeps the underline on the words while the user types before them', async () => {
    const page = await open('https://example-shop.com/wp-admin/post.php?post=1&action=edit');
    const block = page.locator('[data-block="b1"]');
    await block.click();
    await page.keyboard.press('Home');
    await page.keyboard.type('Big news! ', { delay: 20 });
    await page.waitForTimeout(400);
    const u = (await page.locator(`${OVERLAY} .u`).first().boundingBox())!;
    const words = (await phraseBox(page, '[data-block="b1"]', 'clinically proven'))!;
    expect(Math.abs(u.x - words.x)).toBeLessThan(2);
    expect(Math.abs(u.width - words.width)).toBeLessThan(2);
    await page.close();
  });

  it('fixes through execCommand in a contenteditable block and Ctrl+Z restores it', async () => {
    const page = await open('https://example-shop.com/wp-admin/post.php?post=1&action=edit');
    const block = page.locator('[data-block="b1"]');
    await block.click();
    await hoverUnderlineOf(page, /clinically proven/i);
    const r = await applyShownFixAndUndo(
      page,
      () => block.evaluate((el) => el.textContent ?? ''),
      /clinically proven/i,
    );
    expect(r.fixed).toContain('dermatologist tested');
    await page.close();
  });

  it('fixes inside the TinyMCE iframe and in an input, with undo', async () => {
    const page = await open('https://admin.shopify.com/store/demo/products/123');
    const body = page.frameLocator('iframe#product-description_ifr').locator('body#tinymce');
    await body.click();
    await hoverUnderlineOf(page, /clinically proven/i);
    await page.screenshot({ path: join(RESULTS_DIR, 'editor-mechanics-shopify.png') });
    await applyShownFixAndUndo(page, () => body.evaluate((el) => el.textContent ?? ''), /clinically proven/i);
    const title = page.locator('input[name="title"]');
    await title.click();
    await hoverUnderlineOf(page, /cures/i);
    const t = await applyShownFixAndUndo(page, () => title.inputValue(), /\bcures\b/);
    expect(t.fixed).toBe('Night Repair Serum that soothes acne overnight');
    await page.close();
  });

  it('fixes inside the classic editor’s TinyMCE iframe, with undo', async () => {
    const page = await open('https://classic-shop.com/wp-admin/post.php?post=2&action=edit');
    const body = page.frameLocator('iframe#content_ifr').locator('body#tinymce');
    await body.click();
    await hoverUnderlineOf(page, /cures/i);
    const r = await applyShownFixAndUndo(page, () => body.evaluate((el) => el.textContent ?? ''), /\bcures\b/);
    expect(r.fixed).toContain('Our barrier cream soothes dry skin');
    await page.close();
  });

  it('underlines inside a textarea via the mirror and follows its scroll', async () => {
    const page = await open('https://notes.example.org/compose');
    const ta = page.locator('textarea#body');
    await ta.click();
    await hoverUnderlineOf(page, /cures/i);
    await page.screenshot({ path: join(RESULTS_DIR, 'editor-mechanics-plain.png') });
    const r = await applyShownFixAndUndo(page, () => ta.inputValue(), /\bcures\b/);
    expect(r.fixed).toContain('This balm soothes eczema');
    // "Ignore" hides that finding in this field (the other claim stays underlined).
    const lines = page.locator(`${OVERLAY} .u`);
    await expect.poll(() => lines.count()).toBe(2);
    await hoverUnderlineOf(page, /cures/i);
    await page.locator(`${OVERLAY} .tip button.dismiss`).click();
    await expect.poll(() => lines.count()).toBe(1);
    // Push the claim out of view: its underline must be clipped away, not drawn outside the field.
    await ta.fill(`${'line\n'.repeat(40)}It cures all.`);
    await ta.evaluate((el) => {
      el.scrollTop = 0;
    });
    await page.waitForTimeout(500);
    const fieldBox = (await ta.boundingBox())!;
    for (const b of await page
      .locator(`${OVERLAY} .u`)
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
      expect(b.y).toBeGreaterThanOrEqual(fieldBox.y - 1);
      expect(b.y + b.height).toBeLessThanOrEqual(fieldBox.y + fieldBox.height + 1);
    }
    await page.close();
  });
});
