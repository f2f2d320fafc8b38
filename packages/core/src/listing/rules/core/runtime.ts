/** The runtime listing/core rules (no docs), in pack order: what auditListing runs. */
import type { AnyRuntimeRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';
import { listingCoreNotEnoughContent } from './not-enough-content.js';

export const coreListingRuntimeRules: readonly AnyRuntimeRule<ListingRuleContext>[] = [listingCoreNotEnoughContent];
