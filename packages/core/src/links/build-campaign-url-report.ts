/** buildCampaignUrlReport: the link buildCampaignUrl makes, with the report checkCampaignUrl gives and the rewrites made. */
import { type BuildCampaignUrlOptions, checkBuildCampaignUrlOptions } from './build-campaign-url.js';
import { type CampaignUrlReport, reportCampaignUrl, resolveCompiledCampaignPolicy } from './check-campaign-url.js';
import type { CampaignParams } from './params.js';
import { writeCampaignUrl } from './write-campaign-url.js';

/** A built link and its report. */
export interface BuiltCampaignUrlReport extends CampaignUrlReport {
  /** The tagged link, as `buildCampaignUrl` writes it with the same options. */
  url: string;
}

/**
 * Builds the link `buildCampaignUrl` would and reports on it as `checkCampaignUrl` does, in one call: the naming
 * warnings (a value kept as given that the policy's convention would write differently), a `links/value-rewritten`
 * info finding for each value the policy rewrote (`from` → `to`), the GA4 channel and `configFindings`. It never
 * refuses a link for its findings (errors are in `findings`), and a bad policy setting is a config finding naming
 * its path, dropped while the rest applies. Throws `CampaignUrlError` only when no link can be made: a non-URL, a
 * relative URL without `base`, bad params, or an option of the wrong type (`links/invalid-input`).
 */
export function buildCampaignUrlReport(
  url: string,
  params: CampaignParams,
  options?: Omit<BuildCampaignUrlOptions, 'validate'>,
): BuiltCampaignUrlReport {
  const o = checkBuildCampaignUrlOptions(options);
  const resolved = resolveCompiledCampaignPolicy(o.policy);
  const written = writeCampaignUrl(url, params, resolved.policy, { base: o.base, normalize: o.normalize });
  const channel = o.rulesVersion === undefined ? undefined : { rulesVersion: o.rulesVersion };
  return { url: written.url, ...reportCampaignUrl(written.url, resolved, channel, [], written.rewrites) };
}
