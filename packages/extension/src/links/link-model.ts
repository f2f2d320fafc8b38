/** The link tool's pure logic: build the tagged URL under the policy, check it, predict its GA4 channel. */

import type { Finding } from '@revloop/core/engine';
import {
  type BuiltCampaignUrlReport,
  buildCampaignUrlReport,
  type CampaignParamField,
  type CampaignParams,
  type CampaignPolicy,
  checkCampaignUrl,
  isCampaignUrlError,
} from '@revloop/core/links';

export const LINK_FIELDS: { field: CampaignParamField; key: string; label: string }[] = [
  { field: 'source', key: 'utm_source', label: 'Source' },
  { field: 'medium', key: 'utm_medium', label: 'Medium' },
  { field: 'campaign', key: 'utm_campaign', label: 'Campaign' },
  { field: 'id', key: 'utm_id', label: 'Campaign id' },
  { field: 'term', key: 'utm_term', label: 'Term' },
  { field: 'content', key: 'utm_content', label: 'Content' },
  { field: 'sourcePlatform', key: 'utm_source_platform', label: 'Source platform' },
];

export interface LinkResult {
  url: string | null;
  channel: string;
  unassigned: boolean;
  findings: Finding[];
  /** Problems in the policy itself (`policy.…` paths): the bad setting is dropped, never scored. */
  configFindings: Finding[];
}

/** Allowed values for a field: the policy's list, narrowed by the template of the chosen medium. */
export function allowedValues(policy: CampaignPolicy, field: CampaignParamField, medium?: string): string[] | null {
  const template = medium ? policy.templates[medium]?.allowed[field] : undefined;
  return template ?? policy.allowed[field] ?? null;
}

/** Required fields: the policy's, plus the chosen medium's template. */
export function requiredFields(policy: CampaignPolicy, medium?: string): Set<CampaignParamField> {
  return new Set([...policy.required, ...((medium && policy.templates[medium]?.required) || [])]);
}

/**
 * Tags `base` with the filled-in fields. Values are kept as given (only trimmed and encoded) unless the policy's
 * `normalize` asks for rewrites; either way the findings say so: a naming warning for a value the convention would
 * write differently, an info finding for each value the policy rewrote. An empty field is left out, never removes a
 * parameter the URL already has.
 */
export function tagLink(base: string, params: CampaignParams, policy: CampaignPolicy): LinkResult {
  const clean: CampaignParams = {};
  for (const [k, v] of Object.entries(params))
    if (typeof v === 'string' && v.trim()) clean[k as CampaignParamField] = v.trim();
  let report: BuiltCampaignUrlReport;
  try {
    report = buildCampaignUrlReport(base.trim(), clean, { policy });
  } catch (error) {
    // isCampaignUrlError, not instanceof: it also holds for an error from another copy of core (ESM vs CJS build).
    const findings = isCampaignUrlError(error) ? [...error.findings] : [];
    // Policy problems do not depend on the link: the check of the unusable input still reports them.
    const { configFindings } = checkCampaignUrl(base.trim(), { policy });
    return { url: null, channel: 'Unassigned', unassigned: true, findings, configFindings };
  }
  return {
    url: report.url,
    channel: report.channel,
    unassigned: report.channel === 'Unassigned',
    findings: report.findings,
    configFindings: report.configFindings,
  };
}
