/** listing/amazon/video: the gallery has at least one video. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonVideo = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/amazon/video',
  aliases: ['amazon/video'],
  category: 'media',
  severity: 'info',
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
