/** links/internal-link: no campaign parameters on links to the site itself. */
import { defineRuntimeRule } from '../../engine/rule.js';
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

export const linksInternalLinkRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/internal-link',
  category: LINKS_CATEGORY,
  severity: 'error',
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
