/** Currency: prices as text ("1.299,00 €", "$2.42") to an amount and an ISO 4217 code. */
import { invalidInputError } from '../engine/errors.js';

const SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₺': 'TRY',
  zł: 'PLN',
  R$: 'BRL',
  kr: 'SEK',
  CHF: 'CHF',
};

/** Dollar-sign countries by domain suffix; `$` alone is resolved from the domain, then the locale. */
const DOMAIN_CURRENCY: [suffix: string, code: string][] = [
  ['.com.au', 'AUD'],
  ['.com.mx', 'MXN'],
  ['.com.br', 'BRL'],
  ['.co.uk', 'GBP'],
  ['.co.jp', 'JPY'],
  ['.ca', 'CAD'],
  ['.de', 'EUR'],
  ['.fr', 'EUR'],
  ['.it', 'EUR'],
  ['.es', 'EUR'],
  ['.nl', 'EUR'],
  ['.ie', 'EUR'],
  ['.in', 'INR'],
  ['.se', 'SEK'],
  ['.pl', 'PLN'],
  ['.sg', 'SGD'],
  ['.nz', 'NZD'],
  ['.uk', 'GBP'],
];

const LOCALE_DOLLAR: Record<string, string> = { 'en-ca': 'CAD', 'fr-ca': 'CAD', 'en-au': 'AUD', 'es-mx': 'MXN' };

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

/** Resolves a symbol or code found in price text; `$` uses the domain, then the locale, then USD. */
export function resolveCurrency(symbol: string | undefined, url: string, locale?: string | null): string | undefined {
  if (!symbol) return undefined;
  const s = symbol.trim();
  if (/^[A-Z]{3}$/.test(s)) return s;
  if (s.endsWith('$')) {
    if (s === 'US$') return 'USD';
    if (s === 'CA$' || s === 'C$') return 'CAD';
    if (s === 'A$' || s === 'AU$') return 'AUD';
    if (s === 'R$') return 'BRL';
    const domain = currencyFromDomain(url);
    if (domain && ['CAD', 'AUD', 'MXN', 'SGD', 'NZD', 'USD'].includes(domain)) return domain;
    return (locale && LOCALE_DOLLAR[locale.toLowerCase()]) || 'USD';
  }
  return SYMBOLS[s];
}

/**
 * Parses a locale-formatted amount: "1,299.00", "1.299,00", "1 299,00", "2.42", "15900" (as is).
 * The last separator followed by exactly 1–2 digits is the decimal mark.
 */
export function parseAmount(text: string): number | null {
  if (typeof text !== 'string') throw invalidInputError('listing', 'text', text, 'a price as text, e.g. "1.299,00 €"');
  const m = /\d[\d.,\u00a0\u202f ']*/.exec(text);
  if (!m) return null;
  const raw = m[0].replace(/[\u00a0\u202f ']/g, '').replace(/[.,]$/, '');
  const dec = /[.,](\d{1,2})$/.exec(raw);
  let normalized: string;
  if (dec) {
    normalized = `${raw.slice(0, dec.index).replace(/[.,]/g, '')}.${dec[1]}`;
  } else normalized = raw.replace(/[.,]/g, '');
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

const SYMBOL_RE = /US\$|CA\$|AU\$|A\$|C\$|R\$|[$€£¥₹₩₺]|zł|\bkr\b|\b[A-Z]{3}\b/;

/** "$1,299.00" → { amount: 1299, symbol: '$' }; null when there is no number. */
export function parsePriceText(text: string): { amount: number; symbol?: string } | null {
  const amount = parseAmount(text);
  if (amount === null) return null;
  const symbol = SYMBOL_RE.exec(text)?.[0];
  return symbol ? { amount, symbol } : { amount };
}
