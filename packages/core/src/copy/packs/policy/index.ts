/** Policy pack: marketplace and platform rules per placement (title characters, repeated words, promo, contact info, prices). */
import { defineRule, defineRulePack, type RuleFinding, type Severity } from '../../../engine/index.js';
import { type CopyContext, copyExampleContext } from '../../context.js';
import type { Placement, PlacementId } from '../../placements.js';
import { copyCapitalizationRule } from '../../rule-kinds/capitalization.js';
import { COPY_FINDINGS_CAP } from '../../rule-kinds/common.js';
import { copyExistenceRule } from '../../rule-kinds/existence.js';
import { copyRepetitionRule } from '../../rule-kinds/repetition.js';
import { COPY_PATTERNS, insideAny, scanCopy } from '../../scanners.js';
import { copyBrandSpans } from '../brand-spans.js';
import {
  AMAZON_BULLET_BANNED,
  AMAZON_TITLE_BANNED,
  AMAZON_TITLE_CONTEXTUAL,
  AMAZON_TITLE_SYMBOLS,
  GUARANTEE_PHRASES,
  PROMOTIONAL_PHRASES,
  RETAILERS,
  SEARCH_TERM_BANNED,
  SPONSORED_BRANDS_BANNED,
  WALMART_COPY_BANNED,
  WALMART_TITLE_BANNED,
} from './words.js';

const isMarketplace = (p: Placement) => p.marketplace;
const isHSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
const TITLES: readonly PlacementId[] = ['amazon.title', 'walmart.title'];

/** `#`, `<`, `>`, `~` and `*` are fine before a number ("#4301", "<10 lb", "~5 oz", "2*4"). */
function contextualOk(text: string, i: number): boolean {
  const next = text.charAt(i + 1) === ' ' ? text.charAt(i + 2) : text.charAt(i + 1);
  return /\d/.test(next) || (text.charAt(i) === '*' && /\d/.test(text.charAt(i - 1)));
}

/**
 * Scans for banned characters, grouping a run ("!!!") into one finding whose fix deletes it together
 * with one neighbouring space, so removal never leaves a double space.
 */
function charFindings(
  ctx: CopyContext,
  isBanned: (text: string, i: number) => Severity | false,
  say: (chars: string) => string,
  fixable: boolean,
): RuleFinding[] {
  const { text } = ctx;
  const brand = copyBrandSpans(ctx);
  const out: RuleFinding[] = [];
  for (let i = 0; i < text.length && out.length < COPY_FINDINGS_CAP; i++) {
    const severity = isBanned(text, i);
    if (!severity) continue;
    if (brand.length > 0 && insideAny({ start: i, end: i + 1 }, brand)) continue;
    let end = i + 1;
    while (end < text.length && isBanned(text, end) === severity) end++;
    // Take the spaces before the run when spaces or the end follow, and at the very start the spaces
    // after it, so deleting never leaves a doubled, leading or trailing space.
    let ws = i;
    while (ws > 0 && isHSpace(text.charCodeAt(ws - 1))) ws--;
    let we = end;
    while (we < text.length && isHSpace(text.charCodeAt(we))) we++;
    let from = i;
    let to = end;
    if (ws < i && (we > end || end === text.length)) from = ws;
    if (from === 0 && we > end) to = we;
    const chars = text.slice(i, end);
    out.push({
      message: say(chars),
      range: [i, end],
      evidence: { text: chars },
      severity,
      ...(fixable ? { fix: { kind: 'replace' as const, range: [from, to] as [number, number], text: '' } } : {}),
    });
    i = end - 1;
  }
  return out;
}

const titleCharacters = defineRule<CopyContext>({
  id: 'copy/policy/title-characters',
  category: 'policy',
  severity: 'error',
  meta: {
    summary: 'Characters marketplaces do not allow in titles (Amazon: ! $ ? _ { } ^ ¬ ¦; Walmart: ~ ! * $).',
    rationale:
      'Amazon suppresses or rewrites non-compliant titles (brand owners get about 14 days); characters inside the configured brand name are exempt.',
    source: 'Amazon "Product title requirements" 201100890 (2025); Walmart Product details policy (Jul 2025).',
    examples: {
      valid: [
        { input: { text: 'Trail Shoe, Style #4301, Waterproof', placement: 'amazon.title' } },
        { input: { text: 'Yum! Snack Bowl, 2 Pack', placement: 'amazon.title', config: { brand: { name: 'Yum!' } } } },
      ],
      invalid: [{ input: { text: 'Best Gift Ever!!! Water Bottle', placement: 'amazon.title' } }],
    },
  },
  applies: (ctx) => TITLES.includes(ctx.placement.id),
  check(ctx) {
    const amazon = ctx.placement.id === 'amazon.title';
    const isBanned = (text: string, i: number): Severity | false => {
      const ch = text.charAt(i);
      if (amazon) {
        if (AMAZON_TITLE_BANNED.includes(ch)) return 'error';
        if (AMAZON_TITLE_CONTEXTUAL.includes(ch)) return contextualOk(text, i) ? false : 'error';
        if (AMAZON_TITLE_SYMBOLS.includes(ch)) return 'info';
        return false;
      }
      return WALMART_TITLE_BANNED.includes(ch) ? 'error' : false;
    };
    return charFindings(
      ctx,
      isBanned,
      (chars) => `"${chars}" is not allowed in ${ctx.placement.label}s; remove it.`,
      true,
    );
  },
});

const copySymbols = defineRule<CopyContext>({
  id: 'copy/policy/restricted-symbols',
  category: 'policy',
  severity: 'error',
  meta: {
    summary:
      'Symbols and emoji not allowed in Amazon bullets (™ ® € … † ‡ ¢ £ ¥ © ± ~) or Walmart copy (™ ½ @ ^ * hearts).',
    rationale: 'Amazon may edit or remove bullets that use these characters (Product Detail Page Rules Violation).',
    source:
      'Amazon bullet policy effective 15 Aug 2024 (goatconsulting, shipaim); Walmart content policies (sellerchamp).',
    examples: {
      valid: [{ input: { text: 'Holds 32 oz and fits most cup holders', placement: 'amazon.bullet' } }],
      invalid: [
        { input: { text: 'ACME™ lid seals tight 💧', placement: 'amazon.bullet' } },
        { input: { text: 'Fits 15" laptops @ home', placement: 'walmart.key-feature' } },
      ],
    },
  },
  applies: (ctx) =>
    ctx.placement.id === 'amazon.bullet' ||
    ['walmart.title', 'walmart.key-feature', 'walmart.description'].includes(ctx.placement.id),
  check(ctx) {
    const amazon = ctx.placement.platform === 'amazon';
    const banned = amazon ? AMAZON_BULLET_BANNED : WALMART_COPY_BANNED;
    const out = charFindings(
      ctx,
      (text, i) =>
        banned.includes(text.charAt(i)) && !(ctx.placement.id === 'walmart.title' && '*'.includes(text.charAt(i)))
          ? 'error'
          : false,
      (chars) => `"${chars}" is not allowed in ${ctx.placement.label}; remove it.`,
      false,
    );
    for (const s of scanCopy(ctx.text, COPY_PATTERNS.emoji)) {
      let end = s.end;
      // Take modifiers and joiners with the emoji so the range covers the whole symbol.
      while (
        end < ctx.text.length &&
        /[\u200d\ufe0f\u{1f3fb}-\u{1f3ff}]/u.test(String.fromCodePoint(ctx.text.codePointAt(end) ?? 0))
      ) {
        end += (ctx.text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
      }
      out.push({
        message: `Emoji are not allowed in ${ctx.placement.label}; remove "${ctx.text.slice(s.start, end)}".`,
        range: [s.start, end],
        evidence: { text: ctx.text.slice(s.start, end) },
      });
    }
    return out.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  },
});

const repeatedWord = copyRepetitionRule({
  id: 'copy/policy/repeated-word',
  category: 'policy',
  severity: 'error',
  scope: 'text',
  max: 2,
  placements: TITLES,
  ignore: [
    'a',
    'an',
    'the',
    'and',
    'or',
    'but',
    'nor',
    'for',
    'with',
    'of',
    'in',
    'on',
    'at',
    'to',
    'by',
    'from',
    'as',
    'per',
    'into',
    'up',
    'x',
  ],
  message: '"{match}" is used {value} times; marketplace titles allow a word at most {limit} times.',
  meta: {
    summary: 'The same word more than twice in a marketplace title (articles, prepositions and conjunctions exempt).',
    rationale:
      'Amazon (2025) allows a word at most twice in a title; Walmart bans repeated keywords. Keyword stuffing gets titles suppressed.',
    source: 'Amazon title rules announcement 2025-01-17 (forestleopard, reportify); Walmart Product details policy.',
    examples: {
      valid: [{ input: { text: 'Dog Bed for Large Dogs, Washable Cover', placement: 'amazon.title' } }],
      invalid: [{ input: { text: 'Dog Bed, Dog Bed for Dogs, Dog Crate Mat', placement: 'amazon.title' } }],
    },
  },
});

const promotional = copyExistenceRule({
  id: 'copy/policy/promotional-phrase',
  category: 'policy',
  severity: 'error',
  tokens: PROMOTIONAL_PHRASES,
  exceptions: ['deal of', 'exclusive of'],
  placements: isMarketplace,
  refine: (ctx) => (TITLES.includes(ctx.placement.id) ? 'error' : 'warning'),
  message: '"{match}" is promotional wording, which marketplaces do not allow in listing copy.',
  meta: {
    summary:
      'Promotional and time-sensitive wording in marketplace listings ("free shipping", "sale", "limited time").',
    rationale:
      'Amazon and Walmart ban promotions, prices and availability in titles (error) and listing copy (warning); offers belong in promotions tools.',
    source: 'Amazon 201100890 and 200390640; Walmart Product details policy (title bans).',
    examples: {
      valid: [{ input: { text: 'Ceramic Pour-Over Coffee Dripper, Size 02', placement: 'amazon.title' } }],
      invalid: [{ input: { text: 'Coffee Dripper - Free Shipping, Limited Time', placement: 'amazon.title' } }],
    },
  },
});

const searchTerms = copyExistenceRule({
  id: 'copy/policy/search-terms-words',
  category: 'policy',
  severity: 'error',
  tokens: SEARCH_TERM_BANNED,
  plurals: false,
  placements: ['amazon.search-terms'],
  message: '"{match}" is a temporary or subjective term, which Amazon prohibits in search terms.',
  meta: {
    summary: 'Temporary and subjective words in Amazon backend search terms ("new", "on sale", "best", "amazing").',
    rationale: 'Amazon ignores or rejects such terms and they waste the 249-byte budget.',
    source: 'Amazon Seller Central G23501 (search terms).',
    examples: {
      valid: [{ input: { text: 'pour over dripper ceramic cone filter', placement: 'amazon.search-terms' } }],
      invalid: [{ input: { text: 'new best coffee dripper', placement: 'amazon.search-terms' } }],
    },
  },
});

const allCaps = copyCapitalizationRule({
  id: 'copy/policy/all-caps',
  category: 'policy',
  severity: 'warning',
  noAllCaps: true,
  allowLeadIn: true,
  placements: [
    'amazon.title',
    'walmart.title',
    'amazon.sponsored-brands.headline',
    'amazon.bullet',
    'walmart.key-feature',
  ],
  message:
    'ALL CAPS is not allowed in marketplace titles and headlines; capitalise the first letter of each word instead.',
  meta: {
    summary: 'Runs of ALL-CAPS words in marketplace titles, bullets and Sponsored Brands headlines.',
    rationale:
      'Amazon and Walmart ban all caps in titles and Sponsored Brands moderation rejects it; single acronyms such as "USB" are fine.',
    source: 'Amazon YTR6SYGFA5E3EQC; Walmart Product details policy; Amazon SB moderation guide.',
    examples: {
      valid: [
        { input: { text: 'USB-C Charger with LED Display', placement: 'amazon.title' } },
        {
          input: { text: 'WATERPROOF SHELL MEMBRANE: keeps rain out on long hikes', placement: 'amazon.bullet' },
          note: 'a short ALL-CAPS lead-in before a colon is the common bullet-header convention',
        },
      ],
      invalid: [
        { input: { text: 'SUPER STRONG MAGNETIC PHONE MOUNT', placement: 'amazon.title' } },
        { input: { text: 'Keeps rain out: SUPER STRONG WATERPROOF MEMBRANE', placement: 'amazon.bullet' } },
      ],
    },
  },
});

const guarantee = copyExistenceRule({
  id: 'copy/policy/guarantee-wording',
  category: 'policy',
  severity: 'error',
  tokens: GUARANTEE_PHRASES,
  placements: isMarketplace,
  message: '"{match}" is guarantee or refund wording, which marketplaces remove from listing copy.',
  meta: {
    summary: 'Guarantee and refund wording in marketplace listings ("full refund", "money-back guarantee").',
    rationale:
      'Amazon edits or removes bullets with guarantee claims; returns are governed by marketplace policy, not listing copy.',
    source: 'Amazon product detail page rules, Aug 2024 (goatconsulting, shipaim); Amazon A+ guidelines.',
    examples: {
      valid: [
        { input: { text: 'Backed by a 2-year limited warranty from the manufacturer', placement: 'amazon.bullet' } },
      ],
      invalid: [{ input: { text: 'Not happy? Get a full refund, no questions asked', placement: 'amazon.bullet' } }],
    },
  },
});

const sponsoredBrands = copyExistenceRule({
  id: 'copy/policy/sponsored-brands-wording',
  category: 'policy',
  severity: 'error',
  tokens: SPONSORED_BRANDS_BANNED,
  placements: ['amazon.sponsored-brands.headline'],
  message: '"{match}" is wording Amazon Sponsored Brands moderation rejects.',
  meta: {
    summary: 'Wording Amazon Sponsored Brands rejects: "Click here", "Don\'t miss out", "Last chance", "Best seller".',
    rationale:
      'Headlines with calls to click, urgency or Amazon badges fail moderation, delaying the campaign by days.',
    source: 'Amazon Ads Sponsored Brands moderation (advertising.amazon.in GJB8YEKP7UJYKSR2; moderation guide).',
    examples: {
      valid: [{ input: { text: 'Cold brew made simple', placement: 'amazon.sponsored-brands.headline' } }],
      invalid: [{ input: { text: "Don't miss out: click here", placement: 'amazon.sponsored-brands.headline' } }],
    },
  },
});

const contactInfo = defineRule<CopyContext>({
  id: 'copy/policy/contact-info',
  category: 'policy',
  severity: 'error',
  meta: {
    summary: 'URLs, e-mail addresses and phone numbers in marketplace listing copy.',
    rationale:
      'Amazon bans phone numbers, addresses, e-mails and URLs in titles, bullets and descriptions: they route shoppers off the marketplace.',
    source: 'Amazon Seller Central 200390640; Walmart content policies (seller info).',
    examples: {
      valid: [{ input: { text: 'Fits 10-12 inch pans', placement: 'amazon.bullet' } }],
      invalid: [
        { input: { text: 'Visit www.acme.com for recipes', placement: 'amazon.bullet' } },
        { input: { text: 'Questions? Call 555-123-4567', placement: 'walmart.description' } },
      ],
    },
  },
  applies: (ctx) => ctx.placement.marketplace,
  check(ctx) {
    const out: RuleFinding[] = [];
    const emails = scanCopy(ctx.text, COPY_PATTERNS.email);
    for (const s of emails)
      out.push({
        message: `E-mail address "${s.text}" is not allowed in listing copy.`,
        range: [s.start, s.end],
        evidence: { text: s.text },
      });
    for (const s of scanCopy(ctx.text, COPY_PATTERNS.url)) {
      if (insideAny(s, emails)) continue;
      out.push({
        message: `URL "${s.text}" is not allowed in listing copy.`,
        range: [s.start, s.end],
        evidence: { text: s.text },
      });
    }
    for (const s of scanCopy(ctx.text, COPY_PATTERNS.phone))
      out.push({
        message: `Phone number "${s.text}" is not allowed in listing copy.`,
        range: [s.start, s.end],
        evidence: { text: s.text },
      });
    return out.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  },
});

const price = defineRule<CopyContext>({
  id: 'copy/policy/price-mention',
  category: 'policy',
  severity: 'error',
  meta: {
    summary: 'Prices and discounts ("$19.99", "20% off") in marketplace listing copy.',
    rationale:
      'Price and promotion belong in the offer; in copy they go stale and break Amazon and Walmart content rules.',
    source: 'Amazon Seller Central 200390640 (no price or availability); Walmart content policies.',
    examples: {
      valid: [{ input: { text: 'Holds 20 oz of coffee', placement: 'amazon.bullet' } }],
      invalid: [{ input: { text: 'Now only $19.99, 20% off', placement: 'amazon.bullet' } }],
    },
  },
  applies: (ctx) => ctx.placement.marketplace,
  check(ctx) {
    return scanCopy(ctx.text, COPY_PATTERNS.price).map((s) => ({
      message: `"${s.text}" is a price or discount; marketplaces do not allow it in listing copy.`,
      range: [s.start, s.end] as [number, number],
      evidence: { text: s.text },
    }));
  },
});

const retailer = copyExistenceRule({
  id: 'copy/policy/retailer-mention',
  category: 'policy',
  severity: 'error',
  tokens: RETAILERS,
  caseSensitive: true,
  plurals: false,
  placements: (p) => p.marketplace || p.id === 'amazon.sponsored-brands.headline',
  refine: (ctx, hit) => {
    const name = hit.value.phrase;
    if (ctx.placement.platform === 'amazon' && name === 'Amazon') return false;
    if (ctx.placement.platform === 'walmart' && name === 'Walmart') return false;
    return ctx.placement.platform === 'walmart' ? 'error' : 'warning';
  },
  message: '"{match}" names another retailer, which marketplace listings may not mention.',
  meta: {
    summary: 'Other retailers or marketplaces named in marketplace copy ("Best Buy" on Amazon, "Amazon" on Walmart).',
    rationale:
      'Walmart bans retailer names and mentions of other marketplaces; Amazon bans off-Amazon references. "Best Buy" is treated as the retailer here, not as a claim.',
    source:
      'Walmart Product details policy (title bans); Walmart content policies (other marketplaces); Amazon 200390640.',
    examples: {
      valid: [{ input: { text: 'Works with Amazon Alexa', placement: 'amazon.bullet' } }],
      invalid: [
        { input: { text: 'Also sold at Best Buy', placement: 'amazon.bullet' } },
        { input: { text: 'Same kettle as on Amazon', placement: 'walmart.description' } },
      ],
    },
  },
});

const tiktok = defineRule<CopyContext>({
  id: 'copy/policy/tiktok-characters',
  category: 'policy',
  severity: 'error',
  meta: {
    summary: 'Emoji, curly braces and "#" in TikTok ad text.',
    rationale: 'TikTok rejects ad text with emoji, {} or #; hashtags belong in the organic caption.',
    source: 'TikTok Ads image/in-feed ad specification (ads.tiktok.com help 6701253237862825989).',
    examples: {
      valid: [{ input: { text: 'Cold brew in 12 hours. Shop the starter kit.', placement: 'tiktok.ad-text' } }],
      invalid: [{ input: { text: 'Cold brew season ☕ #coffeetok', placement: 'tiktok.ad-text' } }],
    },
  },
  applies: (ctx) => ctx.placement.id === 'tiktok.ad-text',
  check(ctx) {
    const out = charFindings(
      ctx,
      (text, i) => ('{}#'.includes(text.charAt(i)) ? 'error' : false),
      (chars) => `"${chars}" is not allowed in TikTok ad text.`,
      false,
    );
    for (const s of scanCopy(ctx.text, COPY_PATTERNS.emoji))
      out.push({
        message: `Emoji "${s.text}" is not allowed in TikTok ad text.`,
        range: [s.start, s.end],
        evidence: { text: s.text },
      });
    return out.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  },
});

export const copyPolicyRulePack = defineRulePack<CopyContext>({
  id: 'copy/policy',
  title: 'Copy: marketplace and platform policy',
  description:
    'Rules that depend on the placement: Amazon and Walmart title characters and repeated words, promotional, guarantee and retailer wording, contact info and prices in listings, Sponsored Brands and TikTok restrictions.',
  rules: [
    titleCharacters,
    copySymbols,
    repeatedWord,
    promotional,
    searchTerms,
    allCaps,
    guarantee,
    sponsoredBrands,
    contactInfo,
    price,
    retailer,
    tiktok,
  ],
  exampleContext: copyExampleContext,
});
