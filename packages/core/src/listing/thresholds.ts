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
