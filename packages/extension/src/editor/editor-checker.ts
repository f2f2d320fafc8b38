/** Editor checker feature: lints CMS drafts in place (Shopify admin, WordPress, plain fields) on enabled sites. */
import type { ContentFeature } from '../content/feature.js';
import { defineContentFeature } from '../content/feature.js';
import { sendToBackground } from '../content/send.js';
import { noteEditorStats } from '../content/test-hooks.js';
import { editorAdapters } from './adapters/index.js';
import { createBackgroundCheck } from './background-check.js';
import { createEditorChecker } from './checker-controller.js';

/** Cheap: an origin lookup in the user's list, no DOM access. Every editor, Shopify and WordPress included, is opt-in. */
export function isEnabledEditorSite(url: URL, enabledSites: readonly string[]): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && enabledSites.includes(url.origin);
}

export const editorChecker: ContentFeature = defineContentFeature({
  id: 'editor-checker',
  include: ({ url, settings }) => isEnabledEditorSite(url, settings.enabledSites),
  init({ url, document, settings, signal }) {
    const adapters = editorAdapters.filter((a) => a.matches(url));
    const checker = createEditorChecker({
      doc: document,
      adapters,
      check: createBackgroundCheck(sendToBackground),
      onActiveResult: (r) =>
        void sendToBackground({ kind: 'editor:score', score: r.score, problems: r.findings.length }),
      thresholds: settings.thresholds,
      signal,
    });
    // For the browser tests (test build only): fields attached and lint round-trip times, read over a runtime message.
    if (__REVLOOP_TEST__) noteEditorStats(() => checker.stats());
    return true;
  },
});
