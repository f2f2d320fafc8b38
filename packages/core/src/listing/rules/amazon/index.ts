/** The Amazon listing pack: title, bullets, media, A+/description and review rules for Amazon detail pages. */
import { defineRulePack } from '../../../engine/rule.js';
import { type ListingRuleContext, listingExampleContext } from '../context.js';
import { amazonAPlus } from './a-plus.js';
import { amazonBulletCharacters } from './bullet-characters.js';
import { amazonBulletCount } from './bullet-count.js';
import { amazonBulletLength } from './bullet-length.js';
import { amazonDescription } from './description.js';
import { amazonImageCount } from './image-count.js';
import { amazonImageZoom } from './image-zoom.js';
import { amazonReviews } from './reviews.js';
import { amazonTitleCharacters } from './title-characters.js';
import { amazonTitleLength } from './title-length.js';
import { amazonTitlePromotional } from './title-promotional.js';
import { amazonTitleRepeatedWords } from './title-repeated-words.js';
import { amazonVideo } from './video.js';

export const amazonListingRulePack = /* @__PURE__ */ defineRulePack<ListingRuleContext>({
  id: 'amazon',
  title: 'Amazon listing',
  description:
    'Checks an Amazon detail page against Amazon title, bullet, image and A+ rules. Examples are partial listings.',
  rules: [
    amazonTitleLength,
    amazonTitleCharacters,
    amazonTitleRepeatedWords,
    amazonTitlePromotional,
    amazonBulletCount,
    amazonBulletLength,
    amazonBulletCharacters,
    amazonImageCount,
    amazonImageZoom,
    amazonVideo,
    amazonAPlus,
    amazonDescription,
    amazonReviews,
  ],
  exampleContext: listingExampleContext,
});
