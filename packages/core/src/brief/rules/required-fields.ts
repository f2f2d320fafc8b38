/** brief/required-fields: every field the seed's "complete brief" names must be answered. */
import { defineRule } from '../../engine/rule.js';
import type { BriefContext } from '../context.js';

const GUIDANCE: Record<string, string> = {
  title: 'name the asset so the ticket can be found',
  contentType: 'pick a catalog id such as blog-post, pdp or email-flow',
  funnelStage: 'say which stage it serves: discovery, evaluation, decision or post-purchase',
  audience: 'say who it is for, what they need and in what context',
  'primaryKeyword|keyMessage': 'give the primary keyword, the single key message, or both',
  format: 'give the format kind and its specs (aspect ratio, duration, placements)',
  visualDirection: 'describe the look with concrete cues or references',
  requiredClaims: 'list the claims the asset must make, or [] when none are needed',
  businessGoal: 'name the KPI and a numeric target the asset is accountable for',
};

export const requiredFields = defineRule<BriefContext>({
  id: 'brief/required-fields',
  category: 'completeness',
  severity: 'error',
  weight: 2,
  meta: {
    summary:
      'Reports each required field that is absent or blank: title, contentType, funnelStage, audience, primaryKeyword or keyMessage, format, visualDirection, requiredClaims and businessGoal.',
    rationale:
      'A complete brief includes the target audience, funnel stage, primary keyword or message, format, visual direction, required claims and the business goal; a gap is filled by guesswork and paid for in revisions.',
    source:
      'Seed article, production sequence step 2 "Brief creation". Sources: https://asana.com/resources/project-brief.md ; https://www.tempo.io/blog/creative-brief-template.',
    examples: {
      valid: [
        {
          input: {
            title: 'Trail shoe guide',
            contentType: 'blog-post',
            funnelStage: 'discovery',
            audience: 'New trail runners moving off the road who worry about grip on wet rock',
            primaryKeyword: 'how to choose trail running shoes',
            format: { kind: 'article' },
            visualDirection: 'Wet granite close-ups, muted greens',
            requiredClaims: [],
            businessGoal: { metric: 'impressions', target: 40000 },
          },
          note: 'requiredClaims: [] means "none needed" and counts as answered',
        },
      ],
      invalid: [
        { input: { title: 'Spring promo' }, note: 'eight required fields missing' },
        { input: { title: '   ', contentType: 'pdp' }, note: 'a blank title counts as missing' },
      ],
    },
  },
  check: (ctx) =>
    ctx.missing.map((field) => ({
      field,
      message:
        field === 'primaryKeyword|keyMessage'
          ? `The brief has neither a primaryKeyword nor a keyMessage; ${GUIDANCE[field]}.`
          : `The required field "${field}" is missing; ${GUIDANCE[field] ?? 'fill it in'}.`,
    })),
});
