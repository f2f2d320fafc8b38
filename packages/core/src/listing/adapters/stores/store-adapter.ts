/// <reference lib="dom" />
/** StoreAdapter: one store or shop platform's own page data, read before the generic path fills what is left. */
import type { AdapterContext } from '../../draft.js';
import type { PageIndex } from '../../page-index.js';

/** The structured data the caller parsed once, shared with every adapter. */
export interface StructuredInput {
  jsonLd: Record<string, unknown>[];
  microdata: Record<string, unknown>[];
  og: Record<string, string>;
}

export interface StoreAdapter {
  /** Lower-case store or platform name ("target", "woocommerce"), recorded in `listing.store`. */
  id: string;
  /**
   * Whether the page belongs to this store: by host for stores ("target.com"), by markup signals for
   * platforms (WooCommerce body classes). Must be cheap: a few index lookups, no page walk.
   */
  matches(host: string, index: PageIndex): boolean;
  /** Fills what the store's own data says, with `fill*` from draft.ts; the generic path runs afterwards for the rest. */
  extract(ctx: AdapterContext, structured: StructuredInput): void;
}

/** Whether `host` is `domain` or one of its subdomains ("www.target.com" is "target.com"). */
export function isHostOf(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Whether `host` is on one of `domains` under any of `suffixes` ("otto.de", "zalando.fr" for ["zalando"] × [".fr", ".de"]). */
export function isHostOfAny(host: string, names: readonly string[], suffixes: readonly string[]): boolean {
  return names.some((name) => suffixes.some((suffix) => isHostOf(host, `${name}${suffix}`)));
}
