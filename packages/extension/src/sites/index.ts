/** The site registry: order matters (specific sites first, `generic` last). Adding a site = one file + one line here. */
import { amazon } from './amazon.js';
import { generic } from './generic.js';
import { matchesAny } from './match-pattern.js';
import { shopify } from './shopify.js';
import type { SiteAdapter } from './site.js';
import { walmart } from './walmart.js';

export type { SiteAdapter, SiteContext } from './site.js';

export const sites: readonly SiteAdapter[] = [amazon, walmart, shopify, generic];

/** The first adapter whose patterns match and whose cheap `detect` accepts the page, if any. */
export function findSite(document: Document, url: URL, registry: readonly SiteAdapter[] = sites): SiteAdapter | null {
  for (const site of registry) {
    if (matchesAny(site.matches, url) && site.detect(document, url)) return site;
  }
  return null;
}
