/** auditListing: runs the marketplace's rule packs and the copy checks, and explains the score by category. */
import { resolveEngineConfig } from '../engine/config.js';
import type { Finding } from '../engine/finding.js';
import type { Report } from '../engine/report.js';
import type { AnyRule, RulePack } from '../engine/rule.js';
import { compileRunner } from '../engine/runner.js';
import { type ScoreBand, SEVERITY_POINTS, scoreBand } from '../engine/score.js';
import type { Listing, ListingMarketplace } from './listing-types.js';
import { amazonListingRulePack } from './rules/amazon/index.js';
import { LISTING_CATEGORIES, type ListingCategory, type ListingRuleContext } from './rules/context.js';
import { type ListingCopyOptions, listingCategoryOf, listingCopyFindings } from './rules/copy/copy-bridge.js';
import { genericSeoListingRulePack } from './rules/generic-seo/index.js';
import { googleMerchantListingRulePack } from './rules/google-merchant/index.js';
import { walmartListingRulePack } from './rules/walmart/index.js';
import {
  LISTING_THRESHOLDS,
  type ListingThresholds,
  type ListingThresholdsInput,
  resolveListingThresholds,
} from './thresholds.js';

/** Every listing pack, for discovery (docs, meta-tests) and for config validation. */
export const listingRulePacks: RulePack<ListingRuleContext>[] = [
  amazonListingRulePack,
  walmartListingRulePack,
  googleMerchantListingRulePack,
  genericSeoListingRulePack,
];

/** Which packs run for which marketplace. */
export const LISTING_PACKS_BY_MARKETPLACE: Record<ListingMarketplace, readonly string[]> = {
  amazon: ['amazon'],
  walmart: ['walmart'],
  shopify: ['google-merchant', 'generic-seo'],
  generic: ['google-merchant', 'generic-seo'],
};

export interface AuditListingOptions {
  /** Engine config over every listing rule: `{ rules: { 'amazon/video': 'off' } }`. */
  config?: unknown;
  thresholds?: ListingThresholdsInput;
  /** Audit as this marketplace instead of `listing.marketplace`. */
  marketplace?: ListingMarketplace;
  /** Copy-check bridge options, or `false` to skip the copy checks. */
  copy?: ListingCopyOptions | false;
}

export interface ListingReport extends Report {
  categories: Record<ListingCategory, number>;
  band: ScoreBand;
  marketplace: ListingMarketplace;
  /** Pack ids that ran. */
  packs: string[];
  /** True when the copy checks ran (not disabled with `copy: false`, and did not fail). */
  copyChecked: boolean;
  /** Extraction warnings carried over: what could not be read, as opposed to what is missing. */
  warnings: string[];
}

const ALL_RULES: AnyRule<ListingRuleContext>[] = /* @__PURE__ */ listingRulePacks.flatMap((p) => [...p.rules]);

function thresholdsOrFindings(input: ListingThresholdsInput | undefined): {
  thresholds: ListingThresholds;
  findings: Finding[];
} {
  if (!input) return { thresholds: LISTING_THRESHOLDS, findings: [] };
  try {
    return { thresholds: resolveListingThresholds(input), findings: [] };
  } catch (error) {
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
    return {
      thresholds: LISTING_THRESHOLDS,
      findings: (issues.length > 0 ? issues : [{ path: [], message: String(error) }]).map((issue) => ({
        ruleId: 'config/invalid',
        category: 'config',
        severity: 'error' as const,
        field: ['thresholds', ...issue.path.map(String)].join('.'),
        message: `thresholds.${issue.path.map(String).join('.')} is invalid: ${issue.message}; the defaults were used.`,
      })),
    };
  }
}

/** Sub-scores: each rule's lost points are shared among the categories of its findings, by severity points. */
export function listingCategoryScores(report: Pick<Report, 'findings' | 'penalties'>): Record<ListingCategory, number> {
  const shares = new Map<string, Map<ListingCategory, number>>();
  for (const f of report.findings) {
    const category = listingCategoryOf(f);
    if (!category) continue;
    const byCat = shares.get(f.ruleId) ?? new Map<ListingCategory, number>();
    byCat.set(category, (byCat.get(category) ?? 0) + SEVERITY_POINTS[f.severity]);
    shares.set(f.ruleId, byCat);
  }
  const lost = Object.fromEntries(LISTING_CATEGORIES.map((c) => [c, 0])) as Record<ListingCategory, number>;
  for (const p of report.penalties) {
    const byCat = shares.get(p.ruleId);
    if (!byCat) continue;
    let total = 0;
    for (const v of byCat.values()) total += v;
    for (const [c, v] of byCat) lost[c] += total > 0 ? (p.points * v) / total : 0;
  }
  const out = {} as Record<ListingCategory, number>;
  for (const c of LISTING_CATEGORIES) out[c] = Math.max(0, Math.round(100 - lost[c]));
  return out;
}

/** Audits a listing; never throws on bad options (they become `config/invalid` findings). */
export function auditListing(listing: Listing, options: AuditListingOptions = {}): ListingReport {
  const marketplace = options.marketplace ?? listing.marketplace;
  const packs = LISTING_PACKS_BY_MARKETPLACE[marketplace] ?? LISTING_PACKS_BY_MARKETPLACE.generic;
  const { config, findings: configFindings } = resolveEngineConfig(ALL_RULES, options.config);
  const ids = new Set(listingRulePacks.filter((p) => packs.includes(p.id)).flatMap((p) => p.rules.map((r) => r.id)));
  const run = compileRunner({ ...config, rules: config.rules.filter((r) => ids.has(r.rule.id)) });
  const { thresholds, findings: thresholdFindings } = thresholdsOrFindings(options.thresholds);
  const audited = marketplace === listing.marketplace ? listing : { ...listing, marketplace };
  let copyFindings: Finding[] = [];
  let copyChecked = false;
  if (options.copy !== false) {
    const copyOptions = options.copy ?? {};
    try {
      copyFindings = listingCopyFindings(audited, copyOptions);
      copyChecked = true;
    } catch (error) {
      copyFindings = [
        {
          ruleId: 'internal-error',
          category: 'internal',
          severity: 'warning',
          target: 'copy',
          message: `The copy checks failed and were skipped (${error instanceof Error ? error.message : String(error)}).`,
        },
      ];
    }
  }
  const report = run(
    { listing: audited, thresholds },
    { extraFindings: [...configFindings, ...thresholdFindings, ...copyFindings] },
  );
  return {
    ...report,
    categories: listingCategoryScores(report),
    band: scoreBand(report.score),
    marketplace,
    packs: [...packs],
    copyChecked,
    warnings: [...listing.warnings],
  };
}
