/** Listing thresholds: every number the listing rules apply, configurable, each default with its source. */
import { z } from 'zod';

// Pure annotations: the schemas are built at module load, and this module shares a bundle chunk with
// extraction; marked pure, a bundle that only extracts (the extension content script) drops them and zod.
const count = /* @__PURE__ */ z.number().int().nonnegative();

export const ListingThresholdsSchema = /* @__PURE__ */ z
  .object({
    amazon: z
      .object({
        titleMaxChars: count,
        titleRecommendedChars: count,
        titleMaxWordRepeats: count,
        bulletMinCount: count,
        bulletWarnChars: count,
        bulletMaxChars: count,
        imageMinCount: count,
        imageRecommendedCount: count,
        zoomMinPx: count,
        descriptionMaxChars: count,
        ratingWarnBelow: z.number().min(0).max(5),
        ratingInfoBelow: z.number().min(0).max(5),
        reviewCountWarnBelow: count,
        reviewCountInfoBelow: count,
      })
      .strict(),
    walmart: z
      .object({
        titleMaxChars: count,
        titleIdealMinChars: count,
        titleIdealMaxChars: count,
        keyFeatureMinCount: count,
        descriptionMinWords: count,
        descriptionMaxChars: count,
        imageMinCount: count,
        zoomMinPx: count,
        ratingInfoBelow: z.number().min(0).max(5),
      })
      .strict(),
    seo: z
      .object({
        titleMaxChars: count,
        titleMinChars: count,
        metaDescriptionMinChars: count,
        metaDescriptionMaxChars: count,
        altMaxChars: count,
      })
      .strict(),
  })
  .strict();
export type ListingThresholds = z.infer<typeof ListingThresholdsSchema>;

/** A partial override: any subset of any group. */
export type ListingThresholdsInput = { [G in keyof ListingThresholds]?: Partial<ListingThresholds[G]> };

export const LISTING_THRESHOLDS: ListingThresholds = {
  amazon: {
    titleMaxChars: 200,
    titleRecommendedChars: 80,
    titleMaxWordRepeats: 2,
    bulletMinCount: 5,
    bulletWarnChars: 255,
    bulletMaxChars: 500,
    imageMinCount: 6,
    imageRecommendedCount: 7,
    zoomMinPx: 1000,
    descriptionMaxChars: 2000,
    ratingWarnBelow: 4.0,
    ratingInfoBelow: 4.3,
    reviewCountWarnBelow: 10,
    reviewCountInfoBelow: 100,
  },
  walmart: {
    titleMaxChars: 150,
    titleIdealMinChars: 50,
    titleIdealMaxChars: 75,
    keyFeatureMinCount: 3,
    descriptionMinWords: 150,
    descriptionMaxChars: 4000,
    imageMinCount: 4,
    zoomMinPx: 1500,
    ratingInfoBelow: 4.0,
  },
  seo: {
    titleMaxChars: 60,
    titleMinChars: 30,
    metaDescriptionMinChars: 120,
    metaDescriptionMaxChars: 160,
    altMaxChars: 125,
  },
};

/** Where each default comes from ([O] official, [3P] third-party guidance), for docs and UIs. */
export const LISTING_THRESHOLD_SOURCES: { [G in keyof ListingThresholds]: Record<keyof ListingThresholds[G], string> } =
  {
    amazon: {
      titleMaxChars:
        '[O] Amazon Seller Central 200390640 / UK 201100890: titles up to 200 characters including spaces.',
      titleRecommendedChars:
        '[O] Amazon Seller Central YTR6SYGFA5E3EQC: "we recommend fewer than 80 characters" (mobile).',
      titleMaxWordRepeats: '[3P] Amazon title rules of 2025-01-17 (forestleopard, reportify): a word at most twice.',
      bulletMinCount: '[3P] amalytix, Epinium B01: sellers get 5 bullets; fewer leaves space unused.',
      bulletWarnChars: '[3P] viral-launch, amazonlistingaudit: 250–255 characters per bullet is the common guideline.',
      bulletMaxChars: '[3P] godatafeed error 8102: the bullet field takes up to 500 characters.',
      imageMinCount: '[3P] teamsifatsabbir, ensobrands: use at least 6 of the ~7 displayed image slots.',
      imageRecommendedCount: '[3P] horaizon LQS glossary, SellerSprite: 7+ images.',
      zoomMinPx: '[O] Amazon GNRP6DDJV79DUHRD: 1,000 px or larger on one side enables zoom.',
      descriptionMaxChars: '[3P] amalyze, viral-launch: the description takes up to 2,000 characters.',
      ratingWarnBelow: '[3P] ZonGuru Listing Strength and the "4-star cliff" (centorprat).',
      ratingInfoBelow: '[3P] ZonGuru Listing Strength: the rating bonus starts at 4.3.',
      reviewCountWarnBelow: '[3P] ZonGuru Listing Strength review tiers start at 10.',
      reviewCountInfoBelow: '[3P] ZonGuru Listing Strength: the next review tier starts at 100.',
    },
    walmart: {
      titleMaxChars: '[O] Walmart Product details policy (2025-07-15): titles not exceeding 150 characters.',
      titleIdealMinChars: '[3P] rivrhub SOP, imagine.io: 50–75 characters is the ideal title.',
      titleIdealMaxChars: '[3P] rivrhub SOP, imagine.io: 50–75 characters is the ideal title.',
      keyFeatureMinCount: '[3P] prodtimize, bluestack: at least 3 key features (guides conflict above that).',
      descriptionMinWords: '[3P] Sellercloud Walmart description guide: at least 150 words.',
      descriptionMaxChars: '[3P] Sellercloud Walmart description guide: at most 4,000 characters.',
      imageMinCount: '[O] Walmart image guidelines: at least 4 images recommended.',
      zoomMinPx: '[O] Walmart image guidelines: zoom needs 1500×1500 px or more.',
      ratingInfoBelow: '[3P] Home World Business (2019): Walmart may drop items rated below 4 stars.',
    },
    seo: {
      titleMaxChars: '[3P] skills.sh website-seo-geo, squirrelscan: about 50–60 characters before Google truncates.',
      titleMinChars: '[3P] squirrelscan core/meta-title: titles under 30 characters are thin.',
      metaDescriptionMinChars: '[3P] squirrelscan core/meta-description: about 120–160 characters.',
      metaDescriptionMaxChars: '[3P] squirrelscan core/meta-description: about 120–160 characters.',
      altMaxChars: '[O] Google tech-writing alt text course; [3P] squirrelscan: concise alt, under 125 characters.',
    },
  };

/** Merges a partial override over the defaults; throws a ZodError naming the bad key. */
export function resolveListingThresholds(input: ListingThresholdsInput = {}): ListingThresholds {
  return ListingThresholdsSchema.parse({
    amazon: { ...LISTING_THRESHOLDS.amazon, ...input.amazon },
    walmart: { ...LISTING_THRESHOLDS.walmart, ...input.walmart },
    seo: { ...LISTING_THRESHOLDS.seo, ...input.seo },
  });
}
