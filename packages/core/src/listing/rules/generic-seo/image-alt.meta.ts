/** Docs for listing/generic-seo/image-alt (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const genericSeoImageAltMeta: RuleMeta = {
  summary: 'Each product image read from the page has alt text that is not generic and under 125 characters.',
  rationale: 'Alt text is how screen readers and image search understand product photos.',
  source: '[O] Google tech-writing alt text course; [3P] squirrelscan images/alt-text.',
  examples: {
    valid: [
      {
        input: {
          images: [{ url: 'https://x.test/a.jpg', alt: 'Speckled stoneware mug, side view' }],
          extraction: { 'images.0': { strategy: 'dom', selector: '#g img' } },
        },
      },
    ],
    invalid: [
      {
        input: {
          images: [{ url: 'https://x.test/a.jpg' }],
          extraction: { 'images.0': { strategy: 'dom', selector: '#g img' } },
        },
      },
      {
        input: {
          images: [{ url: 'https://x.test/a.jpg', alt: 'image of mug' }],
          extraction: { 'images.0': { strategy: 'dom', selector: '#g img' } },
        },
      },
    ],
  },
};
