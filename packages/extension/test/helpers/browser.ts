/** Real-Chromium launcher for extension tests: loads dist/chrome-test, serves fixtures at their real URLs, never touches the network. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { ContentTestState } from '../../src/content/test-hooks.js';

/** The test build: the Chrome release build plus the hooks `contentState()` reads (release builds have none). */
export const CHROME_DIST = fileURLToPath(new URL('../../dist/chrome-test', import.meta.url));
export const RESULTS_DIR = fileURLToPath(new URL('../../test-results', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /**
   * Origins treated as granted host permissions (e.g. `https://cms.example.com`), as if the user had accepted
   * the runtime prompt: the manifest of a temporary copy of the build lists them under `host_permissions`.
   */
  grantOrigins?: string[];
  /** Written to `browser.storage.local` under `settings` before the test starts (merged over defaults by the extension's migration). */
  settings?: Record<string, unknown>;
  /** Viewport for every page (default 1280×900). */
  viewport?: { width: number; height: number };
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, for `evaluate` (badge text, storage, tabs). */
  serviceWorker: Worker;
  close(): Promise<void>;
}

function extensionDir(grantOrigins: string[]): { dir: string; cleanup(): void } {
  if (grantOrigins.length === 0) return { dir: CHROME_DIST, cleanup() {} };
  const dir = mkdtempSync(join(tmpdir(), 'revloop-ext-'));
  cpSync(CHROME_DIST, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...grantOrigins.map((o) => `${o}/*`)];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Launches headless Chromium with the built extension. Call once per test file; always `close()` in `afterAll`. */
export async function launchExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'revloop-profile-'));
  const ext = extensionDir(options.grantOrigins ?? []);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      `--disable-extensions-except=${ext.dir}`,
      `--load-extension=${ext.dir}`,
    ],
  });
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    ext.cleanup();
  };
  try {
    // Hostile fixtures run alert(): dismiss every dialog so no page ever blocks a test.
    context.on('page', (page) => page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {})));
    // Lowest-priority catch-all: anything no fixture serves is a fast 404, never a network attempt.
    await context.route(
      (u) => u.protocol === 'http:' || u.protocol === 'https:',
      (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
    );
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    const serviceWorker =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    if (options.settings) {
      const settings = options.settings;
      await serviceWorker.evaluate(async (s) => {
        await chrome.storage.local.set({ settings: s });
      }, settings);
    }
    return { context, extensionId, serviceWorker, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Serves `html` at exactly `url` (query included) for every page of the context; other URLs fall through (to a 404). */
export async function serveFixture(context: BrowserContext, url: string, html: string | (() => string)): Promise<void> {
  const target = new URL(url);
  await context.route(
    (u) => u.origin === target.origin,
    (route) => {
      const requested = new URL(route.request().url());
      if (requested.pathname === target.pathname && requested.search === target.search) {
        return route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: typeof html === 'function' ? html() : html,
        });
      }
      return route.fallback();
    },
  );
}

/** Opens an extension page such as `panel.html?tab=12` in a new tab. */
export async function openExtensionPage(ext: LaunchedExtension, path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

/** The browser tab id of a page, looked up by its URL from the service worker. */
export async function tabIdOf(ext: LaunchedExtension, page: Page): Promise<number> {
  const url = page.url();
  const id = await ext.serviceWorker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t: { url?: string }) => t.url === u)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab for ${url}`);
  return id;
}

/**
 * The content script's test state in a page (features that ran, last extraction timing, editor counters), asked
 * over a runtime message from the service worker. Null while no content script answers in that tab yet.
 */
export async function contentState(ext: LaunchedExtension, page: Page): Promise<ContentTestState | null> {
  const tabId = await tabIdOf(ext, page);
  return ext.serviceWorker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { kind: 'test:state' }).catch(() => null),
    tabId,
  );
}

/** The toolbar badge text and colour for a tab. */
export async function badgeOf(ext: LaunchedExtension, tabId: number): Promise<{ text: string; color: number[] }> {
  return ext.serviceWorker.evaluate(async (id) => {
    const text = await chrome.action.getBadgeText({ tabId: id });
    const color = await chrome.action.getBadgeBackgroundColor({ tabId: id });
    return { text, color };
  }, tabId);
}

/** Reads a fixture file from the repository's `test/fixtures` tree. */
export function readRepoFixture(relativePath: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../../test/fixtures/${relativePath}`, import.meta.url)), 'utf8');
}
