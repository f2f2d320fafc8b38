/** WebExtension match patterns (`https://*.example.com/*`) tested against a URL, as the manifest would. */
const cache = new Map<string, RegExp>();

function toRegExp(pattern: string): RegExp {
  if (pattern === '<all_urls>') return /^(https?|file):\/\//;
  const m = /^(\*|https?|file):\/\/(\*|\*\.[^/*]+|[^/*]+)?(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`Invalid match pattern: ${pattern}`);
  const [, scheme, host = '', path = '/*'] = m;
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemeRe = scheme === '*' ? 'https?' : esc(scheme!);
  let hostRe: string;
  if (host === '*') hostRe = '[^/]+';
  else if (host.startsWith('*.')) hostRe = `(?:[^/]+\\.)?${esc(host.slice(2))}`;
  else hostRe = esc(host);
  const pathRe = path.split('*').map(esc).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`);
}

export function matchesPattern(pattern: string, url: string | URL): boolean {
  let re = cache.get(pattern);
  if (!re) {
    re = toRegExp(pattern);
    cache.set(pattern, re);
  }
  const u = typeof url === 'string' ? new URL(url) : url;
  return re.test(`${u.protocol}//${u.host}${u.pathname}${u.search}`);
}

export function matchesAny(patterns: readonly string[], url: string | URL): boolean {
  return patterns.some((p) => matchesPattern(p, url));
}
