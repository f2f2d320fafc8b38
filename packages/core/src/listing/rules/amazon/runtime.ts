/** The runtime listing/amazon rules (no docs), in pack order: what auditListing runs. */
import type { AnyRuntimeRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';
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

export const amazonListingRuntimeRules: readonly AnyRuntimeRule<ListingRuleContext>[] = [
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
];
