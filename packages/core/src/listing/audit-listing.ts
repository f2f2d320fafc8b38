/** auditListing: runs the marketplace's rule packs and the copy checks, and explains the score by category. */

import { resolveEngineConfig } from '../engine/config.js';
import { describeValue } from '../engine/errors.js';
import { type Finding, type Severity, sortFindings } from '../engine/finding.js';
import { countBySeverity, type Report } from '../engine/report.js';
import type { AnyRuntimeRule, RulePack } from '../engine/rule.js';
import { runRule } from '../engine/runner.js';
import { explainScore, type ScoreBand, SEVERITY_POINTS, scoreBand, scoreFindings } from '../engine/score.js';
import { assertListing } from './listing-input.js';
import type { Listing, ListingMarketplace, ListingPageWall } from './listing-types.js';
import { amazonListingRulePack } from './rules/amazon/index.js';
import { amazonListingRuntimeRules } from './rules/amazon/runtime.js';
import { LISTING_CATEGORIES, type ListingCategory, type ListingRuleContext } from './rules/context.js';
import { type ListingCopyOptions, listingCategoryOf, listingCopyFindings } from './rules/copy/copy-bridge.js';
import { coreListingRulePack } from './rules/core/index.js';
import { coreListingRuntimeRules } from './rules/core/runtime.js';
import { genericSeoListingRulePack } from './rules/generic-seo/index.js';
import { genericSeoListingRuntimeRules } from './rules/generic-seo/runtime.js';
import { googleMerchantListingRulePack } from './rules/google-merchant/index.js';
import { googleMerchantListingRuntimeRules } from './rules/google-merchant/runtime.js';
import { walmartListingRulePack } from './rules/walmart/index.js';
import { walmartListingRuntimeRules } from './rules/walmart/runtime.js';
import { type ListingThresholdsInput, resolveListingThresholds } from './thresholds.js';

/**
 * Every listing pack with its rules' docs, for discovery (docs, meta-tests). The audit itself runs the runtime
 * rules below, so a bundle that only audits drops these packs and their docs.
 */
export const listingRulePacks: RulePack<ListingRuleContext>[] = [
  coreListingRulePack,
  amazonListingRulePack,
  walmartListingRulePack,
  googleMerchantListingRulePack,
  genericSeoListingRulePack,
];

/** Which packs run for which marketplace (`listing/core` runs for all). */
export const LISTING_PACKS_BY_MARKETPLACE: Record<ListingMarketplace, readonly string[]> = {
  amazon: ['listing/core', 'listing/amazon'],
  walmart: ['listing/core', 'listing/walmart'],
  shopify: ['listing/core', 'listing/google-merchant', 'listing/generic-seo'],
  generic: ['listing/core', 'listing/google-merchant', 'listing/generic-seo'],
};

/**
 * At most this many findings per rule in a report (pack and copy rules alike). A 20,000-bullet page must not
 * give 100,000 findings to sort, store and render; the rest are summed up in one finding per rule, and the
 * score, `penalties`, `counts` and `categories` still count every finding.
 */
export const LISTING_MAX_FINDINGS_PER_RULE = 50;

export interface AuditListingOptions {
  /** Engine config over every listing rule: `{ rules: { 'listing/amazon/video': 'off' } }`. */
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
  /**
   * Problems in options and config (engine `config`, `thresholds`, `marketplace`, copy config), each naming
   * its key; never mixed into `findings` and never scored: a typo in config does not change the score.
   */
  configFindings: Finding[];
  /**
   * False when the page was a captcha, bot check or consent wall (`wall` says which): no rule ran, the
   * score and categories are 0 and must not be shown as the listing's score.
   */
  scored: boolean;
  /** What was served instead of the product page, when `scored` is false. */
  wall?: ListingPageWall | undefined;
}

/** Each pack's runtime rules (no docs) by pack id, in `listingRulePacks` order: what the audit runs and config validates. */
const RUNTIME_RULES_BY_PACK: Record<string, readonly AnyRuntimeRule<ListingRuleContext>[]> = {
  'listing/core': coreListingRuntimeRules,
  'listing/amazon': amazonListingRuntimeRules,
  'listing/walmart': walmartListingRuntimeRules,
  'listing/google-merchant': googleMerchantListingRuntimeRules,
  'listing/generic-seo': genericSeoListingRuntimeRules,
};

const ALL_RULES: AnyRuntimeRule<ListingRuleContext>[] = /* @__PURE__ */ Object.values(RUNTIME_RULES_BY_PACK).flat();

const MARKETPLACES: readonly ListingMarketplace[] = ['amazon', 'walmart', 'shopify', 'generic'];

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function formatCount(n: number): string {
  const digits = String(Math.trunc(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/**
 * Keeps at most `max` findings per rule id, the most severe first (in their original order within a severity),
 * and adds one summary finding per capped rule: same rule id and category, the worst severity it dropped,
 * the field of the first dropped finding's top-level key, and "and 19,950 more" with the exact count.
 */
export function capListingFindings(findings: readonly Finding[], max = LISTING_MAX_FINDINGS_PER_RULE): Finding[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const out: Finding[] = [];
  for (const [ruleId, list] of byRule) {
    if (list.length <= max) {
      out.push(...list);
      continue;
    }
    // A stable sort keeps each severity in the rule's own (page) order.
    const ranked = [...list].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    out.push(...ranked.slice(0, max));
    const dropped = ranked.slice(max);
    const first = dropped[0] as Finding;
    const worst = dropped.reduce<Severity>(
      (w, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[w] ? f.severity : w),
      'info',
    );
    out.push({
      ruleId,
      category: first.category,
      severity: worst,
      field: (first.field ?? 'listing').split('.')[0] as string,
      message: `…and ${formatCount(dropped.length)} more ${ruleId} findings not listed here (the first ${max} are); the score counts all ${formatCount(list.length)}.`,
      evidence: { value: dropped.length, limit: max, unit: 'more findings' },
    });
  }
  return out;
}

function optionFinding(field: string, message: string): Finding {
  return { ruleId: 'config/invalid', category: 'config', severity: 'error', field, message };
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

/**
 * Audits a listing. Throws only a `listing/invalid-input` RevloopError, when `listing` is not a Listing (see
 * `assertListing`; missing fields count as empty). Bad options never throw: they become `configFindings`,
 * which are reported but never scored.
 */
export function auditListing(listing: Listing, options: AuditListingOptions = {}): ListingReport {
  const input = assertListing(listing, 'listing');
  const configFindings: Finding[] = [];
  let opts: AuditListingOptions = {};
  if (typeof options === 'object' && options !== null && !Array.isArray(options)) opts = options;
  else if (options !== undefined && options !== null)
    configFindings.push(optionFinding('(root)', 'Audit options must be an object; the defaults were used.'));
  let marketplace = input.marketplace;
  if (opts.marketplace !== undefined) {
    if (MARKETPLACES.includes(opts.marketplace)) marketplace = opts.marketplace;
    else
      configFindings.push(
        optionFinding(
          'marketplace',
          `Unknown marketplace ${describeValue(opts.marketplace)}; audited as "${input.marketplace}" (use ${MARKETPLACES.join(', ')}).`,
        ),
      );
  }
  const packs = LISTING_PACKS_BY_MARKETPLACE[marketplace];
  const resolved = resolveEngineConfig(ALL_RULES, opts.config);
  configFindings.push(...resolved.findings);
  const thresholds = resolveListingThresholds(opts.thresholds, 'thresholds');
  configFindings.push(...thresholds.findings);
  if (input.wall) return unscoredReport(input, marketplace, packs, configFindings);
  const audited = marketplace === input.marketplace ? input : { ...input, marketplace };
  const ids = new Set(packs.flatMap((id) => (RUNTIME_RULES_BY_PACK[id] ?? []).map((r) => r.id)));
  const ctx: ListingRuleContext = { listing: audited, thresholds: thresholds.value };
  const all: Finding[] = [];
  let rulesRun = 0;
  for (const entry of resolved.config.rules) {
    if (!ids.has(entry.rule.id)) continue;
    const found = runRule(entry, ctx);
    if (found === null) continue;
    rulesRun += 1;
    for (const f of found) all.push(f);
  }
  let copyChecked = false;
  if (opts.copy !== false) {
    try {
      for (const f of listingCopyFindings(audited, opts.copy ?? {})) {
        // Copy config problems are config problems: reported apart and never scored, as in lintCopy.
        if (f.category === 'config' || f.ruleId.startsWith('config/')) configFindings.push(f);
        else all.push(f);
      }
      copyChecked = true;
    } catch (error) {
      all.push({
        ruleId: 'internal-error',
        category: 'internal',
        severity: 'warning',
        target: 'copy',
        message: `The copy checks failed and were skipped (${error instanceof Error ? error.message : String(error)}).`,
      });
    }
  }
  // Score, penalties, counts and categories count every finding; only the listed findings are capped.
  const scoreOptions = { weights: resolved.config.weights };
  const penalties = explainScore(all, scoreOptions);
  const score = scoreFindings(all, scoreOptions);
  return {
    score,
    findings: sortFindings(capListingFindings(all)),
    counts: countBySeverity(all),
    penalties,
    rulesRun,
    categories: listingCategoryScores({ findings: all, penalties }),
    band: scoreBand(score),
    marketplace,
    packs: [...packs],
    copyChecked,
    warnings: [...input.warnings],
    configFindings,
    scored: true,
  };
}

/** The report of a walled page: nothing ran, nothing is scored, the wall is named. */
function unscoredReport(
  input: Listing,
  marketplace: ListingMarketplace,
  packs: readonly string[],
  configFindings: Finding[],
): ListingReport {
  const categories = listingCategoryScores({ findings: [], penalties: [] });
  for (const key of Object.keys(categories) as ListingCategory[]) categories[key] = 0;
  return {
    score: 0,
    findings: [],
    counts: { error: 0, warning: 0, info: 0 },
    penalties: [],
    rulesRun: 0,
    categories,
    band: 'poor',
    marketplace,
    packs: [...packs],
    copyChecked: false,
    warnings: [...input.warnings],
    configFindings,
    scored: false,
    wall: input.wall,
  };
}
