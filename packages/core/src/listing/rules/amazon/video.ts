/** amazon/video: the gallery has at least one video. */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonVideo = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'amazon/video',
  category: 'media',
  severity: 'info',
  meta: {
    summary: 'The listing has at least one product video.',
    rationale: 'Listing-quality scorers reward video, and video answers questions photos cannot.',
    source: '[3P] ZonGuru Listing Strength (video bonus); sellerby video specs.',
    examples: {
      valid: [{ input: { videoCount: 2 } }],
      invalid: [{ input: { videoCount: 0 } }],
    },
  },
  check: ({ listing }) =>
    listing.videoCount > 0
      ? []
      : [
          withTarget(listing, 'videoCount', {
            message: 'The listing has no video; add one (16:9, 1920×1080 preferred).',
            evidence: { value: 0, limit: 1, unit: 'videos' },
          }),
        ],
});
