/** The Amazon listing pack: title, bullets, media, A+/description and review rules for Amazon detail pages. */
import { defineRulePack, withRuleMeta } from '../../../engine/rule.js';
import { type ListingRuleContext, listingExampleContext } from '../context.js';
import { amazonAPlus } from './a-plus.js';
import { amazonAPlusMeta } from './a-plus.meta.js';
import { amazonBulletCharacters } from './bullet-characters.js';
import { amazonBulletCharactersMeta } from './bullet-characters.meta.js';
import { amazonBulletCount } from './bullet-count.js';
import { amazonBulletCountMeta } from './bullet-count.meta.js';
import { amazonBulletLength } from './bullet-length.js';
import { amazonBulletLengthMeta } from './bullet-length.meta.js';
import { amazonDescription } from './description.js';
import { amazonDescriptionMeta } from './description.meta.js';
import { amazonImageCount } from './image-count.js';
import { amazonImageCountMeta } from './image-count.meta.js';
import { amazonImageZoom } from './image-zoom.js';
import { amazonImageZoomMeta } from './image-zoom.meta.js';
import { amazonReviews } from './reviews.js';
import { amazonReviewsMeta } from './reviews.meta.js';
import { amazonTitleCharacters } from './title-characters.js';
import { amazonTitleCharactersMeta } from './title-characters.meta.js';
import { amazonTitleLength } from './title-length.js';
import { amazonTitleLengthMeta } from './title-length.meta.js';
import { amazonTitlePromotional } from './title-promotional.js';
import { amazonTitlePromotionalMeta } from './title-promotional.meta.js';
import { amazonTitleRepeatedWords } from './title-repeated-words.js';
import { amazonTitleRepeatedWordsMeta } from './title-repeated-words.meta.js';
import { amazonVideo } from './video.js';
import { amazonVideoMeta } from './video.meta.js';

// Pure calls: a bundle that only runs the rules (auditListing) drops the pack and its docs.
export const amazonListingRulePack = /* @__PURE__ */ defineRulePack<ListingRuleContext>({
  id: 'listing/amazon',
  title: 'Amazon listing',
  description:
    'Checks an Amazon detail page against Amazon title, bullet, image and A+ rules. Examples are partial listings.',
  rules: [
    /* @__PURE__ */ withRuleMeta(amazonTitleLength, amazonTitleLengthMeta),
    /* @__PURE__ */ withRuleMeta(amazonTitleCharacters, amazonTitleCharactersMeta),
    /* @__PURE__ */ withRuleMeta(amazonTitleRepeatedWords, amazonTitleRepeatedWordsMeta),
    /* @__PURE__ */ withRuleMeta(amazonTitlePromotional, amazonTitlePromotionalMeta),
    /* @__PURE__ */ withRuleMeta(amazonBulletCount, amazonBulletCountMeta),
    /* @__PURE__ */ withRuleMeta(amazonBulletLength, amazonBulletLengthMeta),
    /* @__PURE__ */ withRuleMeta(amazonBulletCharacters, amazonBulletCharactersMeta),
    /* @__PURE__ */ withRuleMeta(amazonImageCount, amazonImageCountMeta),
    /* @__PURE__ */ withRuleMeta(amazonImageZoom, amazonImageZoomMeta),
    /* @__PURE__ */ withRuleMeta(amazonVideo, amazonVideoMeta),
    /* @__PURE__ */ withRuleMeta(amazonAPlus, amazonAPlusMeta),
    /* @__PURE__ */ withRuleMeta(amazonDescription, amazonDescriptionMeta),
    /* @__PURE__ */ withRuleMeta(amazonReviews, amazonReviewsMeta),
  ],
  exampleContext: listingExampleContext,
});
