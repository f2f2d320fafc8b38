/** Value encoding: literals percent-encoded (space as `%20`), macro tokens written and read back verbatim. */
import { campaignInputError } from './errors.js';
import { findCampaignMacros, mayHoldCampaignMacro } from './macros.js';

// Characters that never need encoding in a query value; most real values are only these.
const SAFE = /^[A-Za-z0-9._~!*'()-]*$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encodeLiteral(text: string): string {
  if (SAFE.test(text)) return text;
  // encodeURIComponent throws on lone surrogates; they carry no meaning, so write U+FFFD instead.
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}

/**
 * Encodes one parameter value for the query: RFC 3986 style (`encodeURIComponent`, so a space is `%20`,
 * never `+`), except platform macros, which are copied byte for byte so the platform can substitute them.
 */
export function encodeCampaignValue(value: string): string {
  if (typeof value !== 'string') throw campaignInputError('value', value, 'a string');
  if (SAFE.test(value)) return value;
  if (!mayHoldCampaignMacro(value)) return encodeLiteral(value);
  let out = '';
  let at = 0;
  for (const token of findCampaignMacros(value)) {
    out += encodeLiteral(value.slice(at, token.start)) + token.text;
    at = token.end;
  }
  return out + encodeLiteral(value.slice(at));
}

const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

function tryDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Decodes a run of `%XX` escapes character by character (1–4 bytes each), keeping bytes that are not UTF-8. */
function decodeRun(run: string): string {
  const whole = tryDecode(run);
  if (whole !== undefined) return whole;
  let out = '';
  for (let i = 0; i < run.length; ) {
    let step = 3;
    let decoded: string | undefined;
    for (let bytes = 4; bytes >= 1 && decoded === undefined; bytes--) {
      if (i + bytes * 3 > run.length) continue;
      decoded = tryDecode(run.slice(i, i + bytes * 3));
      if (decoded !== undefined) step = bytes * 3;
    }
    out += decoded ?? run.slice(i, i + 3);
    i += step;
  }
  return out;
}

/** Percent-decodes what decodes; a stray `%` or a broken UTF-8 run stays as written rather than throwing. */
export function decodeCampaignQueryComponent(raw: string): string {
  const text = raw.includes('+') ? raw.replace(/\+/g, ' ') : raw;
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(PERCENT_RUN, decodeRun);
  }
}

/** Decodes one raw query value: `+` and `%XX` as browsers do, but macro tokens (`{lpurl+2}`) stay verbatim. */
export function decodeCampaignValue(raw: string): string {
  if (typeof raw !== 'string') throw campaignInputError('raw', raw, 'a string');
  if (!raw.includes('%') && !raw.includes('+')) return raw;
  if (!mayHoldCampaignMacro(raw)) return decodeCampaignQueryComponent(raw);
  let out = '';
  let at = 0;
  for (const token of findCampaignMacros(raw)) {
    out += decodeCampaignQueryComponent(raw.slice(at, token.start)) + token.text;
    at = token.end;
  }
  return out + decodeCampaignQueryComponent(raw.slice(at));
}
