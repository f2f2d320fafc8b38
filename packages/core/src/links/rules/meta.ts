/** Docs for the links rules (summary, rationale, source, examples): only `linksRulePack` imports this, never the runtime path. */
import type { RuleMeta } from '../../engine/rule.js';

/** `channel-mismatch` */
export const linksChannelMismatchMeta: RuleMeta = {
  summary: 'The GA4 channel the link lands in matches what its medium says.',
  rationale:
    'Rule order decides: facebook / email is Organic Social, not Email, and "social_paid" is Organic Social because the paid pattern is anchored at the start.',
  source:
    'support.google.com/analytics/answer/9756891; utm-kpi.md §2 (validator examples that follow from rule order).',
  examples: {
    valid: [
      { input: 'https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring' },
      { input: 'https://shop.example.com/?utm_source=klaviyo&utm_medium=email&utm_campaign=spring' },
    ],
    invalid: [
      { input: 'https://shop.example.com/?utm_source=facebook&utm_medium=email&utm_campaign=spring' },
      { input: 'https://shop.example.com/?utm_source=fb&utm_medium=social_paid&utm_campaign=spring' },
    ],
  },
};

/** `duplicate-parameter` */
export const linksDuplicateParameterMeta: RuleMeta = {
  summary: 'No campaign parameter appears twice.',
  rationale:
    'With two utm_source values only the first counts and the other is silently lost; it usually means a template appended a second set.',
  source: 'WHATWG URLSearchParams.get returns the first value; ga-dev-tools removes existing utm_* before appending.',
  examples: {
    valid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring' }],
    invalid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=a&utm_source=bing' }],
  },
};

/** `fragment-before-query` */
export const linksFragmentBeforeQueryMeta: RuleMeta = {
  summary: 'No campaign parameter is written after the `#` (e.g. `/page#top?utm_source=…`).',
  rationale: 'Everything after `#` is the fragment: GA4 does not read campaign parameters there by default.',
  source: 'utm-kpi.md §4.1; ga-dev-tools#622 (fragment confusion); Microsoft: msclkid goes before any #fragment.',
  examples: {
    valid: [{ input: 'https://shop.example.com/page?utm_source=google&utm_medium=cpc&utm_campaign=a#top' }],
    invalid: [{ input: 'https://shop.example.com/page#top?utm_source=google&utm_medium=cpc&utm_campaign=a' }],
  },
};

/** `internal-link` */
export const linksInternalLinkMeta: RuleMeta = {
  summary: "Links to the site's own hosts carry no utm_* parameters.",
  rationale:
    'A campaign parameter on an internal link starts a new session with a new source, so the original channel loses the sale.',
  source: 'Google Analytics help: do not use campaign parameters on internal links (answer/10917952 best practices).',
  examples: {
    valid: [
      {
        input: { url: 'https://shop.example.com/sale', policy: { internalHosts: ['*.example.com'] } },
      },
      {
        input: {
          url: 'https://partner.example.org/?utm_source=shop&utm_medium=referral&utm_campaign=spring',
          policy: { internalHosts: ['*.example.com'] },
        },
      },
    ],
    invalid: [
      {
        input: {
          url: 'https://www.example.com/sale?utm_source=homepage&utm_medium=banner&utm_campaign=spring',
          policy: { internalHosts: ['*.example.com'] },
        },
      },
    ],
  },
};

/** `invalid-url` */
export const linksInvalidUrlMeta: RuleMeta = {
  summary: 'The link is an absolute web URL (scheme://host/…).',
  rationale: 'A relative or malformed link cannot be opened from an ad, an e-mail or a post, so no session is tracked.',
  source: 'WHATWG URL Standard; Google Campaign URL Builder warns on invalid URLs (ga-dev-tools).',
  examples: {
    valid: [{ input: 'https://shop.example.com/p?utm_source=google&utm_medium=cpc&utm_campaign=spring' }],
    invalid: [{ input: '/p?utm_source=google', note: 'relative' }, { input: 'shop example com' }],
  },
};

/** `malformed-macro` */
export const linksMalformedMacroMeta: RuleMeta = {
  summary: 'Platform macros are balanced, not percent-encoded, and known to the declared platform.',
  rationale:
    'A broken or encoded macro (`%7B%7Bcampaign.name%7D%7D`) is not substituted, so the literal token lands in reports instead of the campaign name.',
  source: 'utm-kpi.md §4 and §4.1; ga-dev-tools#459 (the builder encodes braces).',
  examples: {
    valid: [
      {
        input: 'https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign={{campaign.name}}',
      },
      {
        input: {
          url: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_id={campaignid}',
          policy: { platform: 'google-ads' },
        },
      },
    ],
    invalid: [
      {
        input: 'https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign={{campaign.name}',
        note: 'unbalanced',
      },
      {
        input:
          'https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign=%7B%7Bcampaign.name%7D%7D',
        note: 'encoded by a builder',
      },
      {
        input: {
          url: 'https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign={campaignid}',
          policy: { platform: 'meta' },
        },
        note: 'a ValueTrack macro on Meta',
      },
    ],
  },
};

/** `missing-parameter` */
export const linksMissingParameterMeta: RuleMeta = {
  summary: 'Required campaign parameters are present and not empty.',
  rationale:
    'Without utm_source and utm_medium GA4 cannot assign a channel, and without a campaign name or id the revenue cannot be tied to the campaign.',
  source:
    'support.google.com/analytics/answer/10917952; GA4 builder: "One of campaign name or campaign id are required".',
  examples: {
    valid: [
      { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring' },
      { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_id=123', note: 'id instead of name' },
    ],
    invalid: [
      { input: 'https://shop.example.com/?utm_source=google&utm_campaign=spring', note: 'no medium' },
      { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc', note: 'no campaign or id' },
      {
        input: {
          url: 'https://shop.example.com/?utm_source=facebook&utm_medium=paid-social&utm_campaign=spring',
          policy: { templates: { 'paid-social': { required: ['content'] } } },
        },
        note: 'the paid-social template requires content',
      },
    ],
  },
};

/** `pii` */
export const linksPiiMeta: RuleMeta = {
  summary: 'No e-mail address or phone number appears in a query value.',
  rationale:
    'Google Analytics terms forbid sending personally identifiable information; URLs land in reports, logs and referrers.',
  source: 'support.google.com/analytics/answer/6366371 (best practices to avoid sending PII).',
  examples: {
    valid: [{ input: 'https://shop.example.com/?utm_source=newsletter&utm_medium=email&utm_id=1234567890123' }],
    invalid: [
      { input: 'https://shop.example.com/?utm_source=newsletter&utm_medium=email&utm_content=jane.doe@example.com' },
      { input: 'https://shop.example.com/?utm_source=sms&utm_medium=sms&ref=%2B49%20151%2012345678' },
    ],
  },
};

/** `prohibited-term` */
export const linksProhibitedTermMeta: RuleMeta = {
  summary: 'No campaign value contains a prohibited term (case-insensitive).',
  rationale: 'Teams ban placeholders ("test", "copy of") and internal code names that must not reach reports or users.',
  source: 'utm-kpi.md §3.2 (linkutm prohibited substrings; UTM.io prohibited characters).',
  examples: {
    valid: [
      {
        input: {
          url: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring',
          policy: { prohibited: ['test'] },
        },
      },
    ],
    invalid: [
      {
        input: {
          url: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=Test_Spring',
          policy: { prohibited: ['test'] },
        },
      },
    ],
  },
};

/** `unassigned-channel` */
export const linksUnassignedChannelMeta: RuleMeta = {
  summary: 'GA4 would put the traffic in a named default channel, not Unassigned.',
  rationale: 'Unassigned traffic drops out of channel reports, so its revenue disappears from the creative report.',
  source: 'support.google.com/analytics/answer/9756891 (default channel group rules); utm-kpi.md §2.',
  examples: {
    valid: [{ input: 'https://shop.example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=spring' }],
    invalid: [{ input: 'https://shop.example.com/?utm_source=partner&utm_medium=qr_code&utm_campaign=spring' }],
  },
};

/** `unknown-parameter` */
export const linksUnknownParameterMeta: RuleMeta = {
  summary: 'Every utm_* key is one of the nine GA4 reads, spelled in lowercase.',
  rationale:
    'GA4 ignores keys it does not know: utm_campaign_id is a common mistake for utm_id, and keys are documented lowercase only.',
  source:
    'support.google.com/analytics/answer/10917952; google-marketing-solutions/campaign_utm_custom_parameter PRs #4/#5.',
  examples: {
    valid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_id=42' }],
    invalid: [
      { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign_id=42' },
      { input: 'https://shop.example.com/?UTM_SOURCE=google&utm_medium=cpc&utm_campaign=a' },
    ],
  },
};

/** `url-too-long` */
export const linksUrlTooLongMeta: RuleMeta = {
  summary: "The URL is no longer than the policy's maximum (2048 characters by default).",
  rationale:
    'Ad platforms cap final URLs (Google Ads 2048) and some clients truncate long links, dropping the last parameters.',
  source: 'Google Ads final URL limit (2048 characters); utm-kpi.md §3.2 (linkutm max length).',
  examples: {
    valid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=a' }],
    invalid: [
      {
        input: {
          url: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=a',
          policy: { maxLength: 40 },
        },
      },
    ],
  },
};

/** `value-case` */
export const linksValueCaseMeta: RuleMeta = {
  summary: 'Campaign values are lowercase (macro tokens keep their case).',
  rationale:
    'GA4 stores values as received, so "Facebook" and "facebook" become two rows; macros are case-sensitive and must not be lowered.',
  source: 'utm-kpi.md §1.3 (GA4 case behaviour; SA360 "Macro names are case sensitive").',
  examples: {
    valid: [
      { input: 'https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring' },
      {
        input: 'https://shop.example.com/?utm_source=tiktok&utm_medium=paid_social&utm_campaign=__CAMPAIGN_NAME__',
        note: 'a macro keeps its case',
      },
      { input: { url: 'https://shop.example.com/?utm_source=Facebook', policy: { case: 'any' } } },
    ],
    invalid: [{ input: 'https://shop.example.com/?utm_source=Facebook&utm_medium=cpc&utm_campaign=spring' }],
  },
};

/** `value-not-allowed` */
export const linksValueNotAllowedMeta: RuleMeta = {
  summary: "Values are in the policy's allowed lists; known aliases are replaced by their canonical value.",
  rationale: 'A closed list keeps one spelling per source and medium, so reports and channel rules stay predictable.',
  source: 'utm-kpi.md §3.2 (UTM.io restricted fields, Terminus conventions, UTMStandard allowed values).',
  examples: {
    valid: [
      {
        input: {
          url: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring',
          policy: { allowed: { medium: ['cpc', 'email'] } },
        },
      },
    ],
    invalid: [
      {
        input: {
          url: 'https://shop.example.com/?utm_source=google&utm_medium=ppc_ads&utm_campaign=spring',
          policy: { allowed: { medium: ['cpc', 'email'] } },
        },
      },
      { input: 'https://shop.example.com/?utm_source=fb&utm_medium=paid_social&utm_campaign=spring', note: 'alias' },
    ],
  },
};

/** `value-separator` */
export const linksValueSeparatorMeta: RuleMeta = {
  summary: 'Campaign, content, term and id values use the policy separator (`_` by default).',
  rationale:
    '"spring-sale" and "spring_sale" are two campaigns in GA4. Source and medium are exempt: they must match GA4 spellings such as "social-network".',
  source: 'utm-kpi.md §3.2 (UTMStandard global separator; linkutm space replacement).',
  examples: {
    valid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale' }],
    invalid: [
      { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring-sale' },
      {
        input: {
          url: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale',
          policy: { separator: '-' },
        },
      },
    ],
  },
};

/** `value-spaces` */
export const linksValueSpacesMeta: RuleMeta = {
  summary: 'Campaign values have no spaces (`%20`, `+` or raw).',
  rationale:
    'Spaces are encoded differently by each tool (`+` or `%20`) and get double-encoded by shorteners and ESPs (`%2520`), which splits reports.',
  source: 'utm-kpi.md §3.2–§3.3 (linkutm, UTMStandard: spaces replaced by a separator); utmguard double-encoding.',
  examples: {
    valid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale' }],
    invalid: [
      { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring%20sale' },
      { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring+sale' },
    ],
  },
};
