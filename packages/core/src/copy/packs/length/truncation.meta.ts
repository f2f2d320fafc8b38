/** Docs for copy/length/truncation (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyLengthTruncationMeta: RuleMeta = {
  summary:
    'Marks the part of the text a surface cuts off (e.g. after about 80 characters of an Amazon title on mobile).',
  rationale: 'Shoppers only see the visible part, so the product type and the key benefit must come before the cut.',
  source:
    'https://www.amazonlistingaudit.com/policy/bullet-point-guidelines and https://viral-launch.com/?p=1954 (Amazon mobile shows about 80 title characters); https://adsuploader.com/blog/meta-ad-copy-specs (Meta Feed); https://help.pinterest.com/en/business/article/pinterest-product-specs.',
  examples: {
    valid: [{ input: { text: 'Trail Running Shoes for Men, Waterproof', placement: 'amazon.title' } }],
    invalid: [
      {
        input: {
          text: 'Trail Running Shoes for Men, Waterproof Breathable Mesh Upper, Rock Plate, Vibram Outsole, Size 10',
          placement: 'amazon.title',
        },
        note: 'Everything after character 80 is hidden on mobile.',
      },
    ],
  },
};
