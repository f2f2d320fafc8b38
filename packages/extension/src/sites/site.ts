/** Site adapter contract: where it applies (`matches`), a cheap product-page check (`detect`), and `init` that extracts the listing. */
import { extractListing, extractListingInSteps, type Listing } from '@revloop/core/listing';

export interface SiteContext {
  url: URL;
  document: Document;
  /** Aborted on navigation or when the extension is updated: stop observers and timers. */
  signal: AbortSignal;
  /**
   * Hands the main thread back between extraction phases (the content script passes `yieldToMain`);
   * without it, extraction runs in one synchronous go.
   */
  yieldToMain?: () => Promise<unknown>;
}

export interface SiteAdapter {
  /** Kebab-case id, also the file name in `src/sites/`. */
  id: 'amazon' | 'walmart' | 'shopify' | 'generic' | (string & {});
  /** Match patterns (manifest syntax) of the pages this adapter may handle. */
  matches: readonly string[];
  /** Cheap check (URL plus a few selectors, never a whole-document scan): is this a product page? */
  detect(document: Document, url: URL): boolean;
  /** Extracts the listing; resolves to null when the page turned out not to be a product. */
  init(ctx: SiteContext): Promise<Listing | null> | Listing | null;
}

export function defineSite(site: SiteAdapter): SiteAdapter {
  return site;
}

/** Resolves in a new task: `scheduler.yield()` where the browser has it (continuation keeps its priority), else `setTimeout(0)`. */
export function yieldToMain(): Promise<unknown> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<unknown> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Core's listing extraction, in short main-thread tasks when the context can yield; null when aborted midway. */
export function extractOnPage({ document, url, signal, yieldToMain }: SiteContext): Promise<Listing | null> | Listing {
  if (!yieldToMain) return extractListing(document, url.href);
  return extractListingInSteps(document, url.href, { yieldToMain, signal });
}
