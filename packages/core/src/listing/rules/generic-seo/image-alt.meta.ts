/** Docs for listing/generic-seo/image-alt (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const genericSeoImageAltMeta: RuleMeta = {
  summary: 'Each product image read from the page has alt text that is not generic and under 125 characters.',
  rationale: 'Alt text is how screen readers and image search understand product photos.',
  source:
    'Google Technical Writing, write helpful alt text: https://developers.google.com/tech-writing/accessibility/self-study/write-alt-text; squirrelscan images/alt-text, under 125 characters (third-party): https://docs.squirrelscan.com/rules/images/alt-text; squirrelscan a11y/image-redundant-alt, no "image of" (third-party): https://docs.squirrelscan.com/rules/a11y/image-redundant-alt.',
  examples: {
    valid: [
      {
        input: {
          images: [{ url: 'https://x.test/a.jpg', alt: 'Speckled stoneware mug, side view' }],
          extraction: { fields: { 'images.0': { source: 'dom', selector: '#g img', confidence: 0.6 } } },
        },
      },
    ],
    invalid: [
      {
        input: {
          images: [{ url: 'https://x.test/a.jpg' }],
          extraction: { fields: { 'images.0': { source: 'dom', selector: '#g img', confidence: 0.6 } } },
        },
      },
      {
        input: {
          images: [{ url: 'https://x.test/a.jpg', alt: 'image of mug' }],
          extraction: { fields: { 'images.0': { source: 'dom', selector: '#g img', confidence: 0.6 } } },
        },
      },
    ],
  },
};
