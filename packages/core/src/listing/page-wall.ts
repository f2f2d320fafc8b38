/// <reference lib="dom" />
/** Page walls: a captcha, a bot check or a consent interstitial served instead of the product page, recognised so it is never scored. */
import { cleanText, visibleText } from './dom.js';
import type { Listing, ListingPageWall } from './listing-types.js';
import type { PageIndex } from './page-index.js';
import { hostOf } from './url-host.js';

/** Phrases of bot checks and captchas (lower-case): Amazon, Cloudflare, Akamai, DataDome, PerimeterX, Distil, Imperva, in several languages. */
const BOT_PHRASES = [
  'enter the characters you see below',
  'type the characters you see in this image',
  'geben sie die zeichen unten ein',
  'saisissez les caractères que vous voyez',
  'introduce los caracteres que aparecen',
  'inserisci i caratteri visualizzati',
  'robot check',
  'are you a robot',
  'are you a human',
  'verify you are human',
  'verify you are a human',
  'confirm you are human',
  'checking your browser',
  'checking if the site connection is secure',
  'just a moment...',
  'please enable cookies and reload',
  'pardon our interruption',
  'access to this page has been denied',
  "you don't have permission to access",
  'request unsuccessful. incapsula',
  'press & hold',
  'bist du ein mensch',
  'êtes-vous un robot',
  'sind sie ein roboter',
];

/** Markup of captcha and bot-check services: form actions, script and iframe sources, element ids. */
const BOT_MARKUP = [
  'iframe[src*="captcha"]',
  'script[src*="captcha-delivery.com"]',
  'script[src*="/cdn-cgi/challenge-platform/"]',
  '#px-captcha',
  '#challenge-form',
  '#cf-challenge-running',
  '.g-recaptcha',
  '.h-captcha',
];

/** Phrases of consent interstitials that stand in for the page until the visitor chooses. */
const CONSENT_PHRASES = [
  'before you continue',
  'bevor sie fortfahren',
  'avant de continuer',
  'antes de continuar',
  'prima di continuare',
  'voordat je verdergaat',
];

/** Walls are short pages (Amazon's captcha has about 50 elements, Cloudflare's about 30); a longer page is not one. */
const MAX_WALL_ELEMENTS = 1_500;

/** Characters of page text read for the phrases: walls are short pages. */
const MAX_WALL_TEXT = 20_000;

/** Whether the listing already holds the facts of a product (then a recaptcha on a review form is not a wall). */
function hasProductFacts(listing: Listing): boolean {
  return (
    listing.price !== null ||
    listing.structuredData.jsonLd.length > 0 ||
    listing.structuredData.microdata.length > 0 ||
    listing.bullets.length > 0
  );
}

/**
 * A wall served instead of the product, or undefined for a product page. Only pages without product
 * facts (no price, no structured Product, no bullets) are walls: a store that embeds reCAPTCHA in its
 * review form is still a product page.
 */
export function detectPageWall(index: PageIndex, listing: Listing): ListingPageWall | undefined {
  if (hasProductFacts(listing) || index.size > MAX_WALL_ELEMENTS) return undefined;
  const host = hostOf(listing.url);
  const title = cleanText(index.first('title')?.textContent).toLowerCase();
  const body = index.first('body');
  const text = `${title} ${body ? visibleText(body, { separate: true, maxChars: MAX_WALL_TEXT }).toLowerCase() : ''}`;
  const phrase = BOT_PHRASES.find((p) => text.includes(p));
  if (phrase) return { kind: 'bot-wall', evidence: `the page says "${phrase}"` };
  const actions = index
    .byTagName('form')
    .slice(0, 50)
    .map((form) => (form.getAttribute('action') ?? '').toLowerCase());
  if (actions.some((action) => action.includes('captcha'))) {
    return { kind: 'bot-wall', evidence: 'the page is a captcha form' };
  }
  for (const selector of BOT_MARKUP) {
    if (index.first(selector)) return { kind: 'bot-wall', evidence: `the page has a bot check (${selector})` };
  }
  if (host.startsWith('consent.') || actions.some((action) => action.includes('consent'))) {
    return { kind: 'consent-wall', evidence: 'the page is a consent form' };
  }
  const consent = CONSENT_PHRASES.find((p) => title.includes(p));
  if (consent) return { kind: 'consent-wall', evidence: `the page says "${consent}"` };
  return undefined;
}
