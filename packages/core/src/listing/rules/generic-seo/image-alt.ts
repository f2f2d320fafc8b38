/** generic-seo/image-alt: product images read from the page have concise, descriptive alt text. */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

const GENERIC_ALT = /^(?:image|photo|picture|img)(?: of)?\b|^(?:image|photo|product)\s*\d*$|\.(?:jpe?g|png|webp)$/i;

export const genericSeoImageAlt = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'generic-seo/image-alt',
  category: 'media',
  severity: 'warning',
  meta: {
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
  },
  check: ({ listing, thresholds }) => {
    const max = thresholds.seo.altMaxChars;
    const out = [];
    for (const [i, image] of listing.images.entries()) {
      // Only images read from the DOM have a known alt; JSON-LD images carry none.
      if (!listing.extraction[`images.${i}`]?.selector) continue;
      const field = `images.${i}.alt`;
      const alt = image.alt?.trim() ?? '';
      if (!alt) {
        out.push(
          withTarget(listing, `images.${i}`, {
            message: `Image ${i + 1} has no alt text; describe the product shown.`,
          }),
        );
      } else if (GENERIC_ALT.test(alt)) {
        out.push({
          ...withTarget(listing, `images.${i}`, {
            severity: 'info' as const,
            message: `Image ${i + 1} alt "${alt}" is generic; describe the product instead.`,
            evidence: { text: alt },
          }),
          field,
        });
      } else if (alt.length > max) {
        out.push({
          ...withTarget(listing, `images.${i}`, {
            severity: 'info' as const,
            message: `Image ${i + 1} alt is ${alt.length} characters; keep it under ${max}.`,
            evidence: { value: alt.length, limit: max, unit: 'chars' },
          }),
          field,
        });
      }
    }
    return out;
  },
});
