/** The macro catalog per ad platform: data the extension's picker lists and the macro check reads. */

export type CampaignMacroPlatformId =
  | 'meta'
  | 'google-ads'
  | 'microsoft-ads'
  | 'tiktok'
  | 'pinterest'
  | 'mailchimp'
  | 'klaviyo'
  | 'sa360';

export interface CampaignMacro {
  token: string;
  meaning: string;
}

export interface CampaignMacroPlatform {
  id: CampaignMacroPlatformId;
  label: string;
  /** How the platform writes a macro, for the picker's help text. */
  syntax: string;
  macros: readonly CampaignMacro[];
  /** Open families the platform also substitutes (custom parameters, merge tags), beyond the listed tokens. */
  accepts?: RegExp;
  source: string;
}

const m = (token: string, meaning: string): CampaignMacro => ({ token, meaning });

/** The macros the extension's picker lists, per platform, from each platform's help pages. Tokens are case-sensitive. */
export const campaignMacros: readonly CampaignMacroPlatform[] = [
  {
    id: 'meta',
    label: 'Meta (Facebook, Instagram)',
    syntax: '{{object.field}}',
    macros: [
      m('{{campaign.id}}', 'campaign id'),
      m('{{campaign.name}}', 'campaign name (snapshot at first publish)'),
      m('{{adset.id}}', 'ad set id'),
      m('{{adset.name}}', 'ad set name'),
      m('{{ad.id}}', 'ad id'),
      m('{{ad.name}}', 'ad name'),
      m('{{placement}}', 'placement'),
      m('{{site_source_name}}', 'site source (fb, ig, msg, an)'),
    ],
    source: 'developers.facebook.com/docs/instagram/ads-api/guides/url-tags-for-tracking',
  },
  {
    id: 'google-ads',
    label: 'Google Ads (ValueTrack)',
    syntax: '{name}',
    macros: [
      m('{campaignid}', 'campaign id'),
      m('{adgroupid}', 'ad group id'),
      m('{creative}', 'ad id'),
      m('{keyword}', 'keyword'),
      m('{matchtype}', 'match type (e, p, b)'),
      m('{network}', 'network'),
      m('{device}', 'device'),
      m('{placement}', 'placement'),
      m('{targetid}', 'target id'),
      m('{feeditemid}', 'feed item id'),
      m('{extensionid}', 'asset id'),
      m('{adposition}', 'ad position'),
      m('{gclid}', 'click id'),
      m('{random}', 'random number'),
      m('{ignore}', 'marks the rest as ignorable'),
      m('{product_id}', 'product id'),
      m('{merchant_id}', 'Merchant Center id'),
      m('{lpurl}', 'final URL, escaped unless at the start'),
      m('{lpurl+2}', 'final URL, escaped twice'),
      m('{lpurl+3}', 'final URL, escaped three times'),
      m('{unescapedlpurl}', 'final URL, unescaped'),
      m('{escapedlpurl}', 'final URL, always escaped'),
      m('{_campaignname}', 'custom parameter (set by script)'),
    ],
    accepts: /^\{(?:_[A-Za-z0-9]+|ifmobile:[^{}]*|ifnotmobile:[^{}]*)\}$/,
    source: 'developers.google.com/google-ads/api/docs/reporting/valuetrack-mapping',
  },
  {
    id: 'microsoft-ads',
    label: 'Microsoft Advertising',
    syntax: '{Name}',
    macros: [
      m('{CampaignId}', 'campaign id'),
      m('{Campaign}', 'campaign name'),
      m('{AdGroupId}', 'ad group id'),
      m('{AdGroup}', 'ad group name'),
      m('{AdId}', 'ad id'),
      m('{TargetId}', 'target id'),
      m('{keyword}', 'keyword'),
      m('{MatchType}', 'match type'),
      m('{device}', 'device'),
      m('{loc_physical_ms}', 'physical location id'),
      m('{msclkid}', 'click id'),
      m('{lpurl}', 'final URL'),
    ],
    accepts: /^\{(?:_[A-Za-z0-9]+|ifmobile:[^{}]*|ifnotmobile:[^{}]*)\}$/,
    source: 'help.ads.microsoft.com/apex/index/3/en/56799',
  },
  {
    id: 'tiktok',
    label: 'TikTok',
    syntax: '__NAME__',
    macros: [
      m('__CAMPAIGN_ID__', 'campaign id'),
      m('__CAMPAIGN_NAME__', 'campaign name'),
      m('__AID__', 'ad group id'),
      m('__AID_NAME__', 'ad group name'),
      m('__CID__', 'ad id'),
      m('__CID_NAME__', 'ad name'),
      m('__CTYPE__', 'creative type'),
      m('__PLACEMENT__', 'placement'),
      m('__CALLBACK_PARAM__', 'click callback'),
    ],
    source: 'ads.tiktok.com/help/article?aid=6669666107177041925',
  },
  {
    id: 'pinterest',
    label: 'Pinterest',
    syntax: '{name}',
    macros: [
      m('{campaignid}', 'campaign id'),
      m('{campaign_name}', 'campaign name'),
      m('{campaignname}', 'campaign name'),
      m('{adgroupid}', 'ad group id'),
      m('{adgroupname}', 'ad group name'),
      m('{ad_group_name}', 'ad group name'),
      m('{adid}', 'ad id'),
      m('{creative_id}', 'creative id'),
      m('{device}', 'device (t, c, m)'),
      m('{keyword}', 'keyword (percent-encoded)'),
      m('{keyword_id}', 'keyword id'),
      m('{product_name}', 'product name'),
      m('{product_id}', 'product id'),
      m('{product_partition_id}', 'product group id'),
      m('{promoted_product_group_id}', 'promoted product group id'),
      m('{lpurl}', 'landing page URL'),
    ],
    source: 'help.pinterest.com (third-party and dynamic tracking)',
  },
  {
    id: 'mailchimp',
    label: 'Mailchimp',
    syntax: '*|TAG|*',
    macros: [
      m('*|CAMPAIGN_UID|*', 'campaign id'),
      m('*|EMAIL_UID|*', 'recipient id'),
      m('*|UNIQID|*', 'unique id'),
      m('*|LIST:NAME|*', 'audience name'),
    ],
    accepts: /^\*\|[A-Z0-9_:]+\|\*$/,
    source: 'Mailchimp merge tags (docs.meiro.io Mailchimp link decoration)',
  },
  {
    id: 'klaviyo',
    label: 'Klaviyo',
    syntax: '{{ name }}',
    macros: [
      m('{{ campaign.name }}', 'campaign name'),
      m('{{ campaign.id }}', 'campaign id'),
      m('{{ message.name }}', 'flow message name'),
    ],
    accepts: /^\{\{[^{}]+\}\}$/,
    source: 'help.klaviyo.com/hc/en-us/articles/115005247808',
  },
  {
    id: 'sa360',
    label: 'Search Ads 360',
    syntax: '[*Name*]',
    macros: [m('[*Campaign*]', 'campaign name'), m('[*AdGroup*]', 'ad group name'), m('[*Keyword*]', 'keyword')],
    accepts: /^\[\*[^\]*]+\*\]$/,
    source: 'support.google.com/searchads/answer/6048128',
  },
];
