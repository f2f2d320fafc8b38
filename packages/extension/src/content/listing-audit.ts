/** Content feature: on product pages, extracts the listing with the matching site adapter and hands it to the SW to audit. */

import { generic } from '../sites/generic.js';
import { findSite, type SiteAdapter } from '../sites/index.js';
import { yieldToMain } from '../sites/site.js';
import { defineContentFeature } from './feature.js';
import { isOnDemand } from './on-demand.js';
import { sendToBackground } from './send.js';
import { noteExtraction } from './test-hooks.js';

/** Automatic runs need a detected product page; an audit the user asked for runs on any page (generic adapter). */
function pickSite(document: Document, url: URL): SiteAdapter | null {
  return findSite(document, url) ?? (isOnDemand() ? generic : null);
}

export const listingAudit = defineContentFeature({
  id: 'listing-audit',
  include: ({ document, url, settings }) => (settings.autoAudit || isOnDemand()) && pickSite(document, url) !== null,
  async init({ document, url, signal }) {
    const site = pickSite(document, url);
    if (!site) return false;
    // Yield first so extraction never competes with the page's own load work.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal.aborted) return false;
    const started = performance.now();
    // Extraction runs in short phases with a yield between them, so even the first (cold) run on a
    // large page never holds the main thread for one long task.
    const listing = await site.init({ document, url, signal, yieldToMain });
    const extractMs = performance.now() - started;
    if (!listing || signal.aborted) return false;
    // For the browser test that checks the main thread is never blocked for long (test build only, never on the page).
    if (__REVLOOP_TEST__) noteExtraction(started, extractMs);
    await sendToBackground({ kind: 'listing:extracted', site: site.id, listing, extractMs });
    return true;
  },
});
