/** Docs for listing/generic-seo/title-tag (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const genericSeoTitleTagMeta: RuleMeta = {
  summary: 'The page title exists and is 30–60 characters.',
  rationale: 'Google cuts titles at about 600 px (50–60 characters); very short titles waste the search snippet.',
  source:
    'skills.sh website-seo-geo, 50–60 characters (third-party): https://www.skills.sh/karero/croftweaver/website-seo-geo; squirrelscan core/meta-title, 30–60 characters (third-party): https://docs.squirrelscan.com/rules/core/meta-title.',
  examples: {
    valid: [{ input: { seo: { title: 'Stoneware Coffee Mug, 12 oz, Speckled – Fern & Clay' } } }],
    invalid: [
      { input: { seo: { title: null } } },
      { input: { seo: { title: 'Mug' } }, note: 'thin' },
      {
        input: {
          seo: { title: 'Stoneware Coffee Mug, 12 oz, Speckled Glaze, Dishwasher Safe – Fern & Clay Pottery' },
        },
      },
    ],
  },
};
