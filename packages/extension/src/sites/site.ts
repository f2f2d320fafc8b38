/** Site adapter contract: where it applies (`matches`), a cheap product-page check (`detect`), and `init` that extracts the listing. */
import type { Listing } from '@revloop/core/listing';

export interface SiteContext {
  url: URL;
  document: Document;
  /** Aborted on navigation or when the extension is updated: stop observers and timers. */
  signal: AbortSignal;
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
