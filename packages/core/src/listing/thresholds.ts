/** Listing thresholds: every number the listing rules apply, configurable, each default with its source. */
import { z } from 'zod';
import { ConfigError } from '../engine/config.js';
import { describeValue } from '../engine/errors.js';
import type { Finding } from '../engine/finding.js';

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

/**
 * Where each default comes from, for docs and UIs: the platform's own help page where there is one, otherwise
 * third-party guidance (marked "third-party"). Every source is a public URL, the same ones the rules' docs cite.
 */
export const LISTING_THRESHOLD_SOURCES: { [G in keyof ListingThresholds]: Record<keyof ListingThresholds[G], string> } =
  {
    amazon: {
      titleMaxChars:
        'Amazon Seller Central, product detail page rules (titles up to 200 characters including spaces): https://sellercentral.amazon.com/gp/help/external/200390640; Amazon Seller Central UK, product title requirements and guidelines: https://sellercentral-europe.amazon.com/help/hub/reference/external/201100890',
      titleRecommendedChars:
        'Amazon Seller Central, product title guidance ("we recommend fewer than 80 characters", mobile): https://sellercentral.amazon.com/gp/help/external/help.html?itemID=YTR6SYGFA5E3EQC',
      titleMaxWordRepeats:
        'Amazon title rules of 2025-01-17, a word at most twice, as reported by forestleopard (third-party): https://forestleopard.com/knowledgedetail/Amazon-US-announcement--the-ne; and Reportify (third-party): https://reportify.ai/news/1122339458709065728',
      bulletMinCount:
        'amalytix, up to 5 bullets for sellers (third-party): https://www.amalytix.com/en/knowledge/seo/amazon-bullet-points/; Epinium workflow B01, fewer than 5 leaves space unused (third-party): https://help.epinium.com/en/automation/workflow-templates/seo-content-bullets',
      bulletWarnChars:
        'Viral Launch, 250–255 characters per bullet (third-party): https://viral-launch.com/?p=1954; amazonlistingaudit, bullet point guidelines (third-party): https://www.amazonlistingaudit.com/policy/bullet-point-guidelines',
      bulletMaxChars:
        'GoDataFeed, Amazon error 8102, the bullet field takes up to 500 characters (third-party): https://www.godatafeed.com/disapproval/amazon-8102-bullet-format-issue',
      imageMinCount:
        'teamsifatsabbir, use at least 6 of the ~7 displayed image slots (third-party): https://teamsifatsabbir.com/amazon-listing-image-requirements-2025-guide; Enso Brands, image count (third-party): https://ensobrands.com/?p=26582',
      imageRecommendedCount:
        'horaizon, listing quality score glossary, 7+ images (third-party): https://horaizon.one/en/glossary/listing-quality-score',
      zoomMinPx:
        'Amazon Seller Central image requirements ("1,000 pixels or larger in either height or width ... enables the zoom function"): https://sellercentral.amazon.com/help/hub/reference/GNRP6DDJV79DUHRD',
      descriptionMaxChars:
        'amalyze, the PDP description takes up to 2,000 characters (third-party): https://amalyze.com/resources/guides/listing/amazon-listing-pdp-description; Viral Launch (third-party): https://viral-launch.com/?p=1954',
      ratingWarnBelow:
        'ZonGuru, Listing Strength rating bands (third-party): https://help.zonguru.com/en/articles/3028258-listing-strength-breakdown; centorprat Amazon Listing Audit, the "4-star cliff" (third-party): https://apify.com/centorprat/amazon-listing-audit',
      ratingInfoBelow:
        'ZonGuru, Listing Strength, the rating bonus starts at 4.3 (third-party): https://help.zonguru.com/en/articles/3028258-listing-strength-breakdown',
      reviewCountWarnBelow:
        'ZonGuru, Listing Strength review tiers start at 10 (third-party): https://help.zonguru.com/en/articles/3028258-listing-strength-breakdown',
      reviewCountInfoBelow:
        'ZonGuru, Listing Strength, the next review tier starts at 100 (third-party): https://help.zonguru.com/en/articles/3028258-listing-strength-breakdown',
    },
    walmart: {
      titleMaxChars:
        'Walmart Marketplace Learn, Product details policy (2025-07-15), titles not exceeding 150 characters: https://marketplacelearn.walmart.com/guides/Item%20setup/Item%20content,%20imagery,%20and%20media/Product-Detail-Page:-overview',
      titleIdealMinChars:
        'rivrhub Walmart SOP, 50–75 characters is the ideal title (third-party): https://playbook.rivrhub.com/help/walmart-sop-walmart-items-copy-and-images-guideline-and-requirement; imagine.io (third-party): https://resources.imagine.io/blog/mastering-walmarts-content-quality-score',
      titleIdealMaxChars:
        'rivrhub Walmart SOP, 50–75 characters is the ideal title (third-party): https://playbook.rivrhub.com/help/walmart-sop-walmart-items-copy-and-images-guideline-and-requirement; imagine.io (third-party): https://resources.imagine.io/blog/mastering-walmarts-content-quality-score',
      keyFeatureMinCount:
        'Prodtimize, at least 3 key features (third-party): https://prodtimize.com/blog/walmart-marketplace-listing-guide; Bluestack (third-party): https://bluestack.ca/nso-03-first-listing; guides conflict above 3',
      descriptionMinWords:
        'Sellercloud, Walmart description, at least 150 words (third-party): https://help.sellercloud.com/omnichannel-ecommerce/walmart-description',
      descriptionMaxChars:
        'Sellercloud, Walmart description, at most 4,000 characters (third-party): https://help.sellercloud.com/omnichannel-ecommerce/walmart-description',
      imageMinCount:
        'Walmart Marketplace Learn, image guidelines and requirements (at least 4 images recommended): https://marketplacelearn.walmart.com/guides/Item%20setup/Item%20content%2C%20imagery%2C%20and%20media/Product-detail-page:-Image-guidelines-&-requirements',
      zoomMinPx:
        'Walmart Marketplace Learn, image guidelines and requirements (zoom needs 1500×1500 px or more): https://marketplacelearn.walmart.com/guides/Item%20setup/Item%20content%2C%20imagery%2C%20and%20media/Product-detail-page:-Image-guidelines-&-requirements',
      ratingInfoBelow:
        'Home World Business, 2019, Walmart may drop items rated below 4 stars (third-party): https://www.homeworldbusiness.com/its-not-always-written-in-the-stars/',
    },
    seo: {
      titleMaxChars:
        'skills.sh website-seo-geo, about 50–60 characters before Google truncates (third-party): https://www.skills.sh/karero/croftweaver/website-seo-geo; squirrelscan core/meta-title (third-party): https://docs.squirrelscan.com/rules/core/meta-title',
      titleMinChars:
        'squirrelscan core/meta-title, titles under 30 characters are thin (third-party): https://docs.squirrelscan.com/rules/core/meta-title',
      metaDescriptionMinChars:
        'squirrelscan core/meta-description, about 120–160 characters (third-party): https://docs.squirrelscan.com/rules/core/meta-description',
      metaDescriptionMaxChars:
        'squirrelscan core/meta-description, about 120–160 characters (third-party): https://docs.squirrelscan.com/rules/core/meta-description',
      altMaxChars:
        'Google Technical Writing, write helpful alt text: https://developers.google.com/tech-writing/accessibility/self-study/write-alt-text; squirrelscan images/alt-text, under 125 characters (third-party): https://docs.squirrelscan.com/rules/images/alt-text',
    },
  };

/** `resolveListingThresholds`: the thresholds in force and every problem found in the input. */
export interface ListingThresholdsResolution {
  value: ListingThresholds;
  /** One `config/invalid` finding per bad path; only that setting fell back to its default. */
  findings: Finding[];
}

function thresholdFinding(field: string, message: string): Finding {
  return { ruleId: 'config/invalid', category: 'config', severity: 'error', field, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Merges a partial override over the defaults. Never throws: an unknown group or key, or a bad value,
 * becomes a `config/invalid` finding naming its path (under `prefix`, e.g. `thresholds.amazon.titleMaxChars`),
 * and only that setting keeps its default; every valid setting in the same input still applies.
 */
export function resolveListingThresholds(input: unknown = {}, prefix = ''): ListingThresholdsResolution {
  const findings: Finding[] = [];
  // A non-string prefix (a caller's mistake, not a config one) is reported like config and findings go unprefixed.
  const base: unknown = prefix;
  if (typeof base !== 'string') {
    findings.push(
      thresholdFinding('(prefix)', `The prefix must be a string; got ${describeValue(base)}, so paths are unprefixed.`),
    );
    prefix = '';
  }
  // The common case (no overrides) shares the defaults, as before; they are never mutated.
  if (input === undefined || input === null) return { value: LISTING_THRESHOLDS, findings };
  const at = (...keys: string[]) => [prefix, ...keys].filter(Boolean).join('.');
  const value: ListingThresholds = {
    amazon: { ...LISTING_THRESHOLDS.amazon },
    walmart: { ...LISTING_THRESHOLDS.walmart },
    seo: { ...LISTING_THRESHOLDS.seo },
  };
  if (!isRecord(input)) {
    const root = at() || '(root)';
    findings.push(thresholdFinding(root, `"${root}" must be an object of threshold groups; the defaults were used.`));
    return { value, findings };
  }
  const groups = ListingThresholdsSchema.shape;
  for (const [group, overrides] of Object.entries(input)) {
    if (overrides === undefined) continue;
    if (!Object.hasOwn(groups, group)) {
      findings.push(
        thresholdFinding(
          at(group),
          `Unknown threshold group "${group}"${prefix ? ` in "${prefix}"` : ''}; use ${Object.keys(groups).join(', ')}.`,
        ),
      );
      continue;
    }
    const g = group as keyof ListingThresholds;
    if (!isRecord(overrides)) {
      findings.push(thresholdFinding(at(group), `"${at(group)}" must be an object; its defaults were used.`));
      continue;
    }
    const shape = groups[g].shape as Record<string, z.ZodType<number>>;
    const target = value[g] as Record<string, number>;
    for (const [key, raw] of Object.entries(overrides)) {
      if (raw === undefined) continue;
      const schema = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (!schema) {
        findings.push(
          thresholdFinding(at(group, key), `Unknown key "${key}" in "${at(group)}"; remove it or check its spelling.`),
        );
        continue;
      }
      const parsed = schema.safeParse(raw);
      if (parsed.success) target[key] = parsed.data;
      else {
        const issue = parsed.error.issues[0]?.message ?? 'invalid value';
        findings.push(
          thresholdFinding(
            at(group, key),
            `"${at(group, key)}" is invalid (${describeValue(raw)}): ${issue}; the default ${String(target[key])} was used.`,
          ),
        );
      }
    }
  }
  return { value, findings };
}

/** Strict variant for CLIs and gates: the thresholds, or a `ConfigError` (`config/invalid`) naming every bad path. */
export function parseListingThresholds(input: unknown = {}, prefix = ''): ListingThresholds {
  const { value, findings } = resolveListingThresholds(input, prefix);
  if (findings.length > 0) throw new ConfigError(findings);
  return value;
}
