/** links/invalid-url: the input must be an absolute web URL. */
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { LINKS_CATEGORY } from './shared.js';

export const linksInvalidUrlRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/invalid-url',
  category: LINKS_CATEGORY,
  severity: 'error',
  check: (ctx) => (ctx.problem ? [{ message: ctx.problem, field: 'url', evidence: { text: ctx.input } }] : []),
});
