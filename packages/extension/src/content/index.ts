/** Content script entry (IIFE): runs registered features on product pages and enabled editors; answers SW requests. */
import '../platform/zod-jitless.js';
import { isFromOwnExtension, parseToContent } from '../messages/to-content.js';
import { browser, type Runtime } from '../platform/browser.js';
import type { ExtensionSettings } from '../settings/schema.js';
import { features } from './features.js';
import { clearHighlight, highlight } from './highlight.js';
import { markOnDemand } from './on-demand.js';
import { runFeatures } from './run-features.js';
import { sendToBackground } from './send.js';
import { isTestStateRequest, noteRun, testState } from './test-hooks.js';

declare global {
  interface Window {
    __revloopContent?: { rerun(): Promise<void> };
  }
}

async function start(): Promise<void> {
  let controller = new AbortController();
  // Kept in the isolated world (never on the page's DOM): which features ran, for `page:ping`.
  let ran: string[] = [];
  const run = async () => {
    controller.abort();
    controller = new AbortController();
    // Settings come from the SW, already migrated and validated, so the schemas stay out of this bundle.
    const settings = (await sendToBackground({ kind: 'settings:get' })) as ExtensionSettings | undefined;
    if (!settings) return;
    const results = await runFeatures(features, { url: new URL(location.href), document, settings }, controller.signal);
    ran = results.filter((r) => r.ran).map((r) => r.id);
    if (__REVLOOP_TEST__) noteRun(ran);
    if (__CONTENT_BUNDLE__ !== 'editor' && !ran.includes('listing-audit'))
      await sendToBackground({ kind: 'listing:none', url: location.href });
  };
  window.__revloopContent = { rerun: run };
  addEventListener('pagehide', () => controller.abort());

  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (!isFromOwnExtension(sender, browser.runtime.id)) return undefined;
    if (__REVLOOP_TEST__ && isTestStateRequest(raw)) return Promise.resolve(testState());
    const message = parseToContent(raw);
    if (!message) return undefined;
    switch (message.kind) {
      case 'page:highlight':
        return Promise.resolve({ found: highlight(message.target, message.label) });
      case 'page:clear-highlight':
        clearHighlight();
        return Promise.resolve({ ok: true });
      case 'page:audit':
        markOnDemand();
        return run().then(() => ({ ok: true }));
      case 'page:ping':
        return Promise.resolve({ alive: true, site: ran.join(' ') || 'idle' });
    }
  });
  await run();
}

// Injected again on demand (activeTab): re-run instead of installing a second set of listeners.
if (window.__revloopContent) void window.__revloopContent.rerun();
else void start();
