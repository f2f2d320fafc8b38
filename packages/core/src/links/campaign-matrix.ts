/** buildCampaignMatrix: every creative × placement link for a launch, deduplicated, validated, as CSV. */
import Papa from 'papaparse';
import { describeValue } from '../engine/errors.js';
import type { Finding } from '../engine/finding.js';
import { refuseCampaignUrlErrors } from './build-campaign-url.js';
import type { CampaignChannelOptions } from './channel-group.js';
import type { Ga4ChannelGroup } from './channel-rules.js';
import { reportCampaignUrl, resolveCompiledCampaignPolicy } from './check-campaign-url.js';
import { type CampaignCheckOptions, readCampaignCheckArgs } from './check-options.js';
import { campaignInputError, isCampaignUrlError } from './errors.js';
import { CAMPAIGN_PARAM_FIELDS, CAMPAIGN_PARAM_KEYS, type CampaignParams } from './params.js';
import type { CampaignPolicy, CampaignPolicyInput } from './policy.js';
import { writeCampaignUrl } from './write-campaign-url.js';

/** The values to combine; every list given multiplies the matrix, an absent or empty list leaves the field unset. */
export interface CampaignMatrixDimensions {
  sources: readonly string[];
  mediums: readonly string[];
  campaigns?: readonly string[];
  ids?: readonly string[];
  terms?: readonly string[];
  contents?: readonly string[];
  sourcePlatforms?: readonly string[];
  creativeFormats?: readonly string[];
  marketingTactics?: readonly string[];
}

export interface CampaignMatrixRow {
  /** The landing page the link was built from. */
  base: string;
  /** The tagged link, or null when it breaks the policy (see `findings`). */
  url: string | null;
  params: CampaignParams;
  channel: Ga4ChannelGroup | null;
  /**
   * Errors that blocked the link, or, on a link that was built, its warnings (a value kept as given that the policy
   * would write differently) and a `links/value-rewritten` info finding per value the policy rewrote.
   */
  findings: Finding[];
}

export interface CampaignMatrix {
  rows: CampaignMatrixRow[];
  /** Combinations that produced a link already in `rows` (after the policy's rewrites, if it asks for any). */
  duplicatesRemoved: number;
  /** Rows whose link could not be built. */
  failed: number;
  /** Problems in the options or the policy, each naming its path (`policy.maxLength`); the rest still applied. */
  configFindings: Finding[];
  toCsv(): string;
}

const DIMENSION_OF = {
  source: 'sources',
  medium: 'mediums',
  campaign: 'campaigns',
  id: 'ids',
  term: 'terms',
  content: 'contents',
  sourcePlatform: 'sourcePlatforms',
  creativeFormat: 'creativeFormats',
  marketingTactic: 'marketingTactics',
} as const satisfies Record<keyof CampaignParams, keyof CampaignMatrixDimensions>;

/** The Cartesian product of the given lists, as params objects. */
function combinations(dims: CampaignMatrixDimensions): CampaignParams[] {
  let out: CampaignParams[] = [{}];
  for (const field of CAMPAIGN_PARAM_FIELDS) {
    const list = dims[DIMENSION_OF[field]];
    if (!list || list.length === 0) continue;
    const next: CampaignParams[] = [];
    for (const partial of out) for (const value of list) next.push({ ...partial, [field]: value });
    out = next;
  }
  return out;
}

/** The landing pages and dimensions, checked for shape: a wrong-typed argument is a typed error, not a crash. */
function checkedMatrixInput(
  base: unknown,
  dims: unknown,
): { pages: readonly unknown[]; dims: CampaignMatrixDimensions } {
  const pages = typeof base === 'string' ? [base] : base;
  if (!Array.isArray(pages)) throw campaignInputError('base', base, 'a URL string or an array of URL strings');
  if (typeof dims !== 'object' || dims === null || Array.isArray(dims)) {
    throw campaignInputError('dims', dims, 'an object of value lists ({ sources, mediums, … })');
  }
  for (const name of Object.values(DIMENSION_OF)) {
    const list = (dims as Record<string, unknown>)[name];
    if (list !== undefined && !Array.isArray(list)) throw campaignInputError(`dims.${name}`, list, 'an array');
  }
  return { pages, dims: dims as CampaignMatrixDimensions };
}

/**
 * Builds one link per landing page × combination: `buildCampaignMatrix(base, dims, { policy, rulesVersion })`,
 * the options `checkCampaignUrl` takes (default policy when omitted). Each link is what `buildCampaignUrl` makes
 * of it (values as given unless `policy.normalize` asks for rewrites). Links that break the policy come back as
 * rows with `url: null` and their findings instead of throwing; a bad policy or option is reported in
 * `configFindings` and only the bad setting is dropped. Throws `CampaignUrlError` (`links/invalid-input`) only
 * when `base` or `dims` has the wrong shape.
 */
export function buildCampaignMatrix(
  base: string | readonly string[],
  dims: CampaignMatrixDimensions,
  options?: CampaignCheckOptions,
): CampaignMatrix;
/** @deprecated Pass the policy in the options object: `buildCampaignMatrix(base, dims, { policy })`. */
export function buildCampaignMatrix(
  base: string | readonly string[],
  dims: CampaignMatrixDimensions,
  policy: CampaignPolicyInput | CampaignPolicy | undefined,
  options?: CampaignChannelOptions,
): CampaignMatrix;
export function buildCampaignMatrix(
  base: unknown,
  dimsInput: unknown,
  third?: unknown,
  fourth?: unknown,
): CampaignMatrix {
  const { pages, dims } = checkedMatrixInput(base, dimsInput);
  const args = readCampaignCheckArgs(third, fourth);
  const resolved = resolveCompiledCampaignPolicy(args.policy);
  const configFindings = args.findings.length > 0 ? [...args.findings, ...resolved.findings] : resolved.findings;
  const channel = args.channel.rulesVersion === undefined ? undefined : args.channel;
  const rows: CampaignMatrixRow[] = [];
  const seen = new Set<string>();
  let duplicatesRemoved = 0;
  let failed = 0;
  for (const page of pages) {
    // A page that is not a string is reported by the builder; its label must not throw (null-prototype objects do).
    const base = typeof page === 'string' ? page : describeValue(page);
    for (const params of combinations(dims)) {
      try {
        const written = writeCampaignUrl(page, params, resolved.policy);
        refuseCampaignUrlErrors(written, resolved.policy, channel);
        const url = written.url;
        if (seen.has(url)) {
          duplicatesRemoved++;
          continue;
        }
        seen.add(url);
        const report = reportCampaignUrl(url, resolved, channel, [], written.rewrites);
        rows.push({
          base,
          url,
          params: report.params,
          channel: report.channel,
          findings: report.findings,
        });
      } catch (error) {
        if (!isCampaignUrlError(error)) throw error;
        failed++;
        rows.push({ base, url: null, params, channel: null, findings: [...error.findings] });
      }
    }
  }
  const used = CAMPAIGN_PARAM_FIELDS.filter((f) => (dims[DIMENSION_OF[f]]?.length ?? 0) > 0);
  return {
    rows,
    duplicatesRemoved,
    failed,
    configFindings,
    toCsv: () => campaignMatrixToCsv(rows, used),
  };
}

/** CSV with one row per link: the URL, each campaign parameter used, the predicted channel and any problems. */
export function campaignMatrixToCsv(rows: readonly CampaignMatrixRow[], fields = CAMPAIGN_PARAM_FIELDS): string {
  const header = ['url', ...fields.map((f) => CAMPAIGN_PARAM_KEYS[f]), 'channel', 'status', 'problems'];
  const data = rows.map((row) => [
    row.url ?? row.base,
    ...fields.map((f) => row.params[f] ?? ''),
    row.channel ?? '',
    // Info findings (a rewrite the policy asked for) are listed but leave the link ok.
    row.url === null ? 'error' : row.findings.some((f) => f.severity !== 'info') ? 'warning' : 'ok',
    row.findings.map((f) => `${f.ruleId}: ${f.message}`).join(' | '),
  ]);
  return Papa.unparse({ fields: header, data }, { newline: '\n', escapeFormulae: true });
}
