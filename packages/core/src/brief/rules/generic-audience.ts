/** brief/generic-audience: an audience with no segment, need or context ("everyone", "women 25-45"). */
import { z } from 'zod';
import { defineRule } from '../../engine/rule.js';
import type { BriefContext } from '../context.js';
import { clip, words } from '../text.js';

/** Words that name a whole market or a bare demographic, not a segment. */
const GENERIC = new Set([
  'everyone',
  'everybody',
  'anyone',
  'anybody',
  'all',
  'any',
  'our',
  'the',
  'a',
  'and',
  'or',
  'of',
  'in',
  'general',
  'public',
  'customers',
  'customer',
  'consumers',
  'consumer',
  'users',
  'user',
  'people',
  'shoppers',
  'buyers',
  'audience',
  'audiences',
  'market',
  'mass',
  'target',
  'women',
  'woman',
  'men',
  'man',
  'female',
  'male',
  'females',
  'males',
  'adults',
  'adult',
  'millennials',
  'gen',
  'z',
  'x',
  'boomers',
  'parents',
  'moms',
  'mums',
  'dads',
  'families',
  'students',
  'teens',
  'kids',
  'ages',
  'age',
  'aged',
  'genders',
  'us',
  'uk',
  'eu',
  'global',
  'worldwide',
  'online',
  'existing',
  'new',
  'potential',
  'prospects',
  'fans',
  'followers',
  'visitors',
  'demographic',
  'broad',
]);

const isDemographicToken = (w: string) => GENERIC.has(w) || /^\d/.test(w);

const Options = z.object({ minWords: z.number().int().min(1).max(50) }).strict();

export const genericAudience = defineRule<BriefContext, z.infer<typeof Options>>({
  id: 'brief/generic-audience',
  category: 'clarity',
  severity: 'warning',
  weight: 2,
  meta: {
    summary:
      'Flags an audience that is only a generic group or demographic ("everyone", "all customers", "women 25-45") or too short to carry a need or context.',
    rationale:
      'Assets built for the wrong message and the wrong audience look great and do not sell; a brief must say who exactly, what they need and when they meet the asset (classic briefs ask for what they already believe).',
    source:
      'Seed article, pitfalls ("built around the wrong message for the wrong audience"); creative-ops.md §2a (audience with beliefs, demographic + psychographic + behaviour). Sources: https://www.betterbriefs.com/library/the-200bn-black-hole ; https://www.tempo.io/blog/creative-brief-template.',
    examples: {
      valid: [
        {
          input: {
            audience: 'First-time trail runners who already run 10k on roads and fear rolling an ankle on rocks',
          },
        },
        { input: { audience: { segment: 'Women 25-45', need: 'a sports bra that does not bounce on runs' } } },
      ],
      invalid: [
        { input: { audience: 'Everyone' } },
        { input: { audience: 'All customers' } },
        { input: { audience: 'women 25-45' }, note: 'a demographic alone' },
        { input: { audience: { segment: 'millennials' } }, note: 'no need or context' },
        { input: { audience: 'busy urban professionals' }, note: 'shorter than 5 words, no need' },
      ],
    },
  },
  optionsSchema: Options,
  defaultOptions: { minWords: 5 },
  applies: (ctx) => ctx.brief.audience !== undefined,
  check: (ctx, options) => {
    const audience = ctx.brief.audience!;
    const isObject = typeof audience === 'object';
    const segment = isObject ? audience.segment : audience;
    const hasNeed = isObject && Boolean(audience.need?.trim() || audience.context?.trim());
    const tokens = words(segment);
    const generic = tokens.length === 0 || tokens.every(isDemographicToken);
    const field = isObject ? 'audience.segment' : 'audience';
    if (generic && !hasNeed) {
      return [
        {
          field,
          message: `The audience "${clip(segment)}" is a generic group; name the segment, what they need and the moment they meet this asset.`,
          evidence: { text: segment },
        },
      ];
    }
    if (!isObject && tokens.length < options.minWords) {
      return [
        {
          field,
          message: `The audience "${clip(segment)}" names a group but no need or context; add what they want and when they see this asset.`,
          evidence: { text: segment, value: tokens.length, limit: options.minWords, unit: 'words' },
        },
      ];
    }
    return [];
  },
});
