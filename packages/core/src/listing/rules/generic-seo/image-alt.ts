/** listing/generic-seo/image-alt: product images read from the page have concise, descriptive alt text. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

const GENERIC_ALT = /^(?:image|photo|picture|img)(?: of)?\b|^(?:image|photo|product)\s*\d*$|\.(?:jpe?g|png|webp)$/i;

export const genericSeoImageAlt = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/generic-seo/image-alt',
  aliases: ['generic-seo/image-alt'],
  category: 'media',
  severity: 'warning',
  check: ({ listing, thresholds }) => {
    const max = thresholds.seo.altMaxChars;
    const out = [];
    for (const [i, image] of listing.images.entries()) {
      // Only images read from the DOM have a known alt; JSON-LD images carry none.
      if (!listing.extraction.fields[`images.${i}`]?.selector) continue;
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
