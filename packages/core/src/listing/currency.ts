/** Currency: prices as text ("1.299,00 €", "CDN$ 5.77", "₹1,23,456.00") to an amount and an ISO 4217 code. */
import { invalidInputError } from '../engine/errors.js';

/** Codes taken as written when a price names one ("EUR 10,99"); other capitalised words ("NEW", "USt") are not codes. */
const ISO_CODES = new Set(
  (
    'USD EUR GBP CAD AUD NZD MXN BRL ARS CLP COP PEN UYU JPY CNY HKD TWD KRW SGD MYR THB IDR PHP VND INR PKR BDT ' +
    'LKR TRY PLN CZK HUF RON BGN RSD SEK NOK DKK ISK CHF RUB UAH ILS SAR AED QAR KWD BHD OMR JOD EGP MAD ZAR NGN KES'
  ).split(' '),
);

/** Symbols and non-ISO abbreviations with one meaning wherever they appear. `$`, `¥` and `kr` depend on the store. */
const SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  Rs: 'INR',
  'Rs.': 'INR',
  '₩': 'KRW',
  '₺': 'TRY',
  TL: 'TRY',
  '₽': 'RUB',
  '₪': 'ILS',
  '฿': 'THB',
  zł: 'PLN',
  Kč: 'CZK',
  '￥': 'JPY',
  CDN$: 'CAD',
  CDN: 'CAD',
  CA$: 'CAD',
  C$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  MX$: 'MXN',
  R$: 'BRL',
  S$: 'SGD',
  SG$: 'SGD',
  HK$: 'HKD',
  US$: 'USD',
  RMB: 'CNY',
  'ر.س': 'SAR',
  'ر.س.': 'SAR',
  ريال: 'SAR',
  درهم: 'AED',
  'د.إ': 'AED',
  'د.إ.': 'AED',
  'ج.م': 'EGP',
  'ج.م.': 'EGP',
  جنيه: 'EGP',
};

/** Currency by domain suffix (first match wins, so longer suffixes come first). Amazon's `.com` is a storefront, not a country. */
const DOMAIN_CURRENCY: [suffix: string, code: string][] = [
  ['.com.au', 'AUD'],
  ['.com.mx', 'MXN'],
  ['.com.br', 'BRL'],
  ['.com.tr', 'TRY'],
  ['.com.be', 'EUR'],
  ['.co.uk', 'GBP'],
  ['.co.jp', 'JPY'],
  ['.co.za', 'ZAR'],
  ['.ca', 'CAD'],
  ['.de', 'EUR'],
  ['.fr', 'EUR'],
  ['.it', 'EUR'],
  ['.es', 'EUR'],
  ['.nl', 'EUR'],
  ['.ie', 'EUR'],
  ['.at', 'EUR'],
  ['.be', 'EUR'],
  ['.in', 'INR'],
  ['.se', 'SEK'],
  ['.dk', 'DKK'],
  ['.no', 'NOK'],
  ['.pl', 'PLN'],
  ['.ch', 'CHF'],
  ['.sg', 'SGD'],
  ['.sa', 'SAR'],
  ['.ae', 'AED'],
  ['.eg', 'EGP'],
  ['.nz', 'NZD'],
  ['.cn', 'CNY'],
  ['.uk', 'GBP'],
];

const DOLLAR_CODES = new Set(['CAD', 'AUD', 'MXN', 'SGD', 'NZD', 'HKD', 'USD']);
const KRONA_CODES = new Set(['SEK', 'DKK', 'NOK', 'ISK']);
const LOCALE_DOLLAR: Record<string, string> = {
  'en-ca': 'CAD',
  'fr-ca': 'CAD',
  'en-au': 'AUD',
  'es-mx': 'MXN',
  'en-sg': 'SGD',
  'en-nz': 'NZD',
};
const LOCALE_KRONA: Record<string, string> = { da: 'DKK', nb: 'NOK', nn: 'NOK', no: 'NOK', is: 'ISK', sv: 'SEK' };

export function currencyFromDomain(url: string): string | undefined {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  for (const [suffix, code] of DOMAIN_CURRENCY) if (host.endsWith(suffix)) return code;
  return undefined;
}

/**
 * Resolves a symbol or code found in price text: ISO codes as written, unambiguous symbols from the table;
 * `$` from the domain, then the locale, then USD; `¥` is JPY (CNY on a `.cn` store); `kr` by domain, then locale.
 */
export function resolveCurrency(symbol: string | undefined, url: string, locale?: string | null): string | undefined {
  if (!symbol) return undefined;
  const s = symbol.trim();
  const known = SYMBOLS[s];
  if (known) return known;
  if (ISO_CODES.has(s)) return s;
  const domain = currencyFromDomain(url);
  const lang = locale?.toLowerCase() ?? '';
  if (s === '$') {
    if (domain && DOLLAR_CODES.has(domain)) return domain;
    return LOCALE_DOLLAR[lang] ?? 'USD';
  }
  if (s === '¥') return domain === 'CNY' || (!domain && lang.startsWith('zh')) ? 'CNY' : 'JPY';
  if (s.toLowerCase() === 'kr') {
    if (domain && KRONA_CODES.has(domain)) return domain;
    return LOCALE_KRONA[lang.slice(0, 2)] ?? 'SEK';
  }
  return undefined;
}

/** 0–9 for ASCII, Arabic-Indic, Extended Arabic-Indic and fullwidth digits; -1 for anything else. */
function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0x660 && c <= 0x669) return c - 0x660;
  if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** Separators that only ever group thousands: spaces (incl. NBSP, NNBSP, thin), apostrophes, the Arabic thousands mark. */
function isGroupingOnly(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x27 || c === 0x2019 || c === 0x66c;
}

/** `.` or `,` (and their fullwidth forms) as one of two kinds; the Arabic decimal mark is its own kind. */
function markKind(c: number): '.' | ',' | 'dec' | undefined {
  if (c === 0x2e || c === 0xff0e) return '.';
  if (c === 0x2c || c === 0xff0c) return ',';
  if (c === 0x66b) return 'dec';
  return undefined;
}

/** Length of the digit run at `i` (stops counting at `limit`). */
function runLength(text: string, i: number, limit: number): number {
  let n = 0;
  while (n < limit && i + n < text.length && digitAt(text, i + n) >= 0) n++;
  return n;
}

/**
 * Parses the first locale-formatted amount in a text: "1,299.00", "1.299,00", "1 299,00", "1'299.50",
 * "₹1,23,456.00", "١٬٢٣٤٫٥٦", "15900" (as is). One left-to-right pass, no regex.
 *
 * A space or apostrophe groups thousands only before any `.`/`,` and only when exactly three digits follow,
 * so "12.99 100 ml" stays 12.99. The last `.` or `,` is the decimal mark unless the same mark also appears
 * earlier ("1,234,567") or it is the only separator and three digits follow it ("1,234", "€1.299": grouping).
 */
export function parseAmount(text: string): number | null {
  if (typeof text !== 'string') throw invalidInputError('listing', 'text', text, 'a price as text, e.g. "1.299,00 €"');
  let i = 0;
  while (i < text.length && digitAt(text, i) < 0) i++;
  if (i >= text.length) return null;
  const runs: string[] = [];
  const seps: string[] = [];
  let onlyGrouping = true;
  for (;;) {
    let run = '';
    for (; i < text.length; i++) {
      const d = digitAt(text, i);
      if (d < 0) break;
      run += d;
    }
    runs.push(run);
    if (i + 1 >= text.length || digitAt(text, i + 1) < 0) break;
    const c = text.charCodeAt(i);
    if (isGroupingOnly(c)) {
      if (!onlyGrouping || runLength(text, i + 1, 4) !== 3) break;
      seps.push(' ');
    } else {
      const kind = markKind(c);
      if (!kind) break;
      seps.push(kind);
      onlyGrouping = false;
      if (kind === 'dec') {
        i++;
        let fraction = '';
        for (; i < text.length && digitAt(text, i) >= 0; i++) fraction += digitAt(text, i);
        runs.push(fraction);
        break;
      }
    }
    i++;
  }
  const last = seps[seps.length - 1];
  const lastRun = runs[runs.length - 1] ?? '';
  let decimal = false;
  if (last === 'dec') decimal = true;
  else if (last === '.' || last === ',') {
    const repeated = seps.indexOf(last) < seps.length - 1;
    const alone = seps.length === 1;
    decimal = !repeated && !(alone && lastRun.length === 3);
  }
  const whole = (decimal ? runs.slice(0, -1) : runs).join('');
  const n = Number(decimal ? `${whole}.${lastRun}` : whole);
  return Number.isFinite(n) ? n : null;
}

/**
 * Currency signs in price text, longest first at each position: alternatives are literals, so the scan
 * is linear. A 3-letter word counts only when it is a known code or alias (checked after the match).
 */
const SYMBOL_RE =
  /CDN\$|US\$|CA\$|AU\$|NZ\$|HK\$|MX\$|SG\$|A\$|C\$|R\$|S\$|(?<![A-Za-z])(?:Rs\.?|kr\b|TL\b)|[$€£¥￥₹₩₺₽₪฿]|zł|Kč|ر\.س|د\.إ|ج\.م|ريال|درهم|جنيه|\b[A-Z]{3}\b/g;

/** "$1,299.00" → { amount: 1299, symbol: '$' }; null when there is no number. */
export function parsePriceText(text: string): { amount: number; symbol?: string } | null {
  const amount = parseAmount(text);
  if (amount === null) return null;
  let symbol: string | undefined;
  // Price texts are short; the symbol scan is kept to the first 200 characters of longer ones.
  for (const m of text.slice(0, 200).matchAll(SYMBOL_RE)) {
    const s = m[0];
    if (s.length === 3 && /^[A-Z]{3}$/.test(s) && !ISO_CODES.has(s) && !SYMBOLS[s]) continue;
    symbol = s;
    break;
  }
  return symbol ? { amount, symbol } : { amount };
}
