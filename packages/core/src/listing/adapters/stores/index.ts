/** The store adapters in the order they are tried; the first whose `matches` holds runs before the generic path. */

import type { PageIndex } from '../../page-index.js';
import { shopifyAdapter } from '../shopify.js';
import { bestBuyAdapter } from './bestbuy.js';
import { bigCommerceAdapter } from './bigcommerce.js';
import { bolAdapter } from './bol.js';
import { cdiscountAdapter } from './cdiscount.js';
import { ebayAdapter } from './ebay.js';
import { etsyAdapter } from './etsy.js';
import { magentoAdapter } from './magento.js';
import { mediaMarktAdapter, saturnAdapter } from './mediamarkt.js';
import { ottoAdapter } from './otto.js';
import type { StoreAdapter } from './store-adapter.js';
import { targetAdapter } from './target.js';
import { wooCommerceAdapter } from './woocommerce.js';
import { zalandoAdapter } from './zalando.js';

/** Stores by host first, then platforms by markup (a store on a platform is matched as the store). Add one line per adapter. */
export const STORE_ADAPTERS: readonly StoreAdapter[] = [
  targetAdapter,
  bestBuyAdapter,
  ebayAdapter,
  etsyAdapter,
  ottoAdapter,
  zalandoAdapter,
  bolAdapter,
  cdiscountAdapter,
  mediaMarktAdapter,
  saturnAdapter,
  shopifyAdapter,
  wooCommerceAdapter,
  bigCommerceAdapter,
  magentoAdapter,
];

/** The adapter for this page, or undefined (the generic path alone). A throwing `matches` counts as no match. */
export function detectStore(host: string, index: PageIndex): StoreAdapter | undefined {
  for (const adapter of STORE_ADAPTERS) {
    try {
      if (adapter.matches(host, index)) return adapter;
    } catch {
      // A broken page (or adapter) is simply not that store.
    }
  }
  return undefined;
}
