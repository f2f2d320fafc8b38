/** Docs for listing/amazon/title-length (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonTitleLengthMeta: RuleMeta = {
  summary: 'The title exists, is at most 200 characters, and fits in about 80 on mobile.',
  rationale:
    'Titles over the limit are suppressed or rewritten by Amazon; mobile search shows about 80 characters, so the rest is cut.',
  source:
    '[O] Amazon Seller Central 200390640 and UK 201100890 (200 chars); [O] YTR6SYGFA5E3EQC ("fewer than 80 characters").',
  examples: {
    valid: [{ input: { title: 'Trailhead Waterproof Hiking Boots for Men, Leather, Size 10' } }],
    invalid: [
      { input: { title: 'A'.repeat(201) }, note: 'over 200 characters' },
      {
        input: { title: `Trailhead Waterproof Hiking Boots for Men ${'with grippy soles '.repeat(3)}` },
        note: 'over 80',
      },
      { input: { title: null }, note: 'no title found' },
    ],
  },
};
