/** links/internal-link: no campaign parameters on links to the site itself. */
import { defineRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { hasUrl, LINKS_CATEGORY } from './shared.js';

/** The host of an authority, lowercased, without user info or port. */
export function campaignUrlHost(authority: string): string {
  const at = authority.lastIndexOf('@');
  let host = at === -1 ? authority : authority.slice(at + 1);
  if (!host.startsWith('[')) {
    const colon = host.indexOf(':');
    if (colon !== -1) host = host.slice(0, colon);
  }
  return host.toLowerCase().replace(/\.$/, '');
}

/** True when `host` is one of the patterns (`example.com`, or `*.example.com` for it and any subdomain). */
export function isInternalCampaignHost(host: string, patterns: readonly string[]): boolean {
  for (const raw of patterns) {
    const pattern = raw.toLowerCase();
    if (pattern.startsWith('*.')) {
      const root = pattern.slice(2);
      if (host === root || host.endsWith(`.${root}`)) return true;
    } else if (host === pattern) return true;
  }
  return false;
}

export const linksInternalLinkRule = defineRule<CampaignCheckContext>({
  id: 'links/internal-link',
  category: LINKS_CATEGORY,
  severity: 'error',
  meta: {
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
  },
  applies: (ctx) => hasUrl(ctx) && ctx.policy.internalHosts.length > 0 && ctx.campaignPairs.length > 0,
  check(ctx) {
    const host = campaignUrlHost(ctx.scanned?.parts.authority ?? '');
    if (!isInternalCampaignHost(host, ctx.policy.internalHosts)) return [];
    const first = ctx.campaignPairs[0]!;
    return [
      {
        field: first.key,
        range: [first.start, first.end],
        message: `${host} is an internal host; remove the utm_* parameters (they restart the session and lose the original source).`,
        evidence: { text: host },
      },
    ];
  },
});
