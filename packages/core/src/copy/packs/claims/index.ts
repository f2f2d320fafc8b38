/** Claims pack: superlatives, comparatives, proof, disease and drug, green, "free", "new", "Made in USA" and endorsements. */
import { defineRule, defineRulePack, type RuleFinding } from '../../../engine/index.js';
import { type CopyContext, copyExampleContext, copySentenceAt } from '../../context.js';
import { compileCopyPhrases, findCopyPhrases } from '../../matcher.js';
import { copyExistenceRule } from '../../rule-kinds/existence.js';
import { COPY_PATTERNS, scanCopy } from '../../scanners.js';
import { COPY_TOKEN_ALPHA } from '../../tokenize.js';
import { isCopyClaimSubstantiated } from '../substantiated.js';
import {
  COMPARATIVES,
  DISEASE_REWRITES,
  DISEASE_VERBS,
  DISEASES,
  DRUG_PHRASES,
  ENDORSEMENTS,
  FREE_CLAIMS,
  GREEN_CLAIMS,
  GREEN_QUALIFIERS,
  NEW_CLAIMS,
  PROOF_CLAIMS,
  SUPERLATIVE_EXCEPTIONS,
  SUPERLATIVE_PROPER_NAMES,
  SUPERLATIVES,
} from './words.js';

const notSubstantiated = (ctx: CopyContext, hit: { start: number; end: number }) => !isCopyClaimSubstantiated(ctx, hit);

const superlative = copyExistenceRule({
  id: 'copy/claims/superlative',
  category: 'claims',
  severity: 'warning',
  tokens: SUPERLATIVES,
  exceptions: SUPERLATIVE_EXCEPTIONS,
  caseSensitiveExceptions: SUPERLATIVE_PROPER_NAMES,
  message:
    '"{match}" is a superiority claim: keep it only with proof that covers most of the market, or add it to substantiatedClaims.',
  refine: notSubstantiated,
  meta: {
    summary: 'Unsubstantiated superlatives ("best", "top-rated", "industry-leading") and "#1"-style rank claims.',
    rationale:
      'A market-wide superiority claim needs evidence covering products that make up most of the market; Amazon ads reject unsupported "best" and "top-selling".',
    source: 'NAD substantiation practice; Amazon Ads creative policy (brand elements, SB moderation).',
    examples: {
      valid: [
        { input: 'Works best with filtered water.', note: '"works best" describes use, not superiority.' },
        { input: 'Also available at Best Buy.', note: 'The retailer name is not a claim (see docs/copy-checks.md).' },
        {
          input: { text: 'The best-selling kettle in Canada', config: { substantiatedClaims: ['best-selling'] } },
          note: 'Substantiated claims on the allow-list pass.',
        },
      ],
      invalid: [{ input: 'The best blender you will ever own.' }, { input: 'Industry-leading battery life' }],
    },
  },
});

const numberOne = defineRule<CopyContext>({
  id: 'copy/claims/number-one',
  category: 'claims',
  severity: 'warning',
  meta: {
    summary: 'Rank claims written with symbols: "#1", "No. 1".',
    rationale: 'A "#1" claim is a ranking that needs a named source and period; Amazon bans rankings in static ads.',
    source: 'NAD substantiation practice; Amazon Ads brand-elements policy.',
    examples: {
      valid: [{ input: 'Style #4301 in charcoal' }],
      invalid: [{ input: '#1 rated travel pillow' }],
    },
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const s of scanCopy(ctx.text, COPY_PATTERNS.numberOne)) {
      if (isCopyClaimSubstantiated(ctx, s)) continue;
      out.push({
        message: `"${s.text}" is a ranking claim: cite who ranked it and when, or add it to substantiatedClaims.`,
        range: [s.start, s.end],
        evidence: { text: s.text },
      });
    }
    return out;
  },
});

const comparative = copyExistenceRule({
  id: 'copy/claims/comparative',
  category: 'claims',
  severity: 'warning',
  tokens: COMPARATIVES,
  refine: notSubstantiated,
  message: '"{match}" compares against competitors: name what was tested and how, or drop the comparison.',
  meta: {
    summary: 'Comparative claims against competitors ("better than", "than leading brands").',
    rationale:
      'Comparative claims need head-to-head evidence on the attribute claimed; marketplaces also ban competitor references.',
    source: 'NAD substantiation practice; Amazon A+ guidelines (no competitor references).',
    examples: {
      valid: [{ input: 'Holds heat for 12 hours.' }],
      invalid: [{ input: 'Cleans better than leading brands.' }],
    },
  },
});

const proof = copyExistenceRule({
  id: 'copy/claims/proof-claim',
  category: 'claims',
  severity: 'error',
  tokens: PROOF_CLAIMS,
  refine: notSubstantiated,
  message: '"{match}" promises proof or a result: keep it only with competent and reliable evidence on file.',
  meta: {
    summary: 'Proof and absolute claims: "clinically proven", "guaranteed results", "100% effective", "FDA approved".',
    rationale:
      'Health and efficacy claims need competent and reliable scientific evidence that matches the product, dose and form.',
    source: 'NAD substantiation (human trials, p≤0.05); FTC; "FDA approved" on non-approved goods (thinkcascadia).',
    examples: {
      valid: [{ input: 'Tested on 40 volunteers over 8 weeks; see the study summary.' }],
      invalid: [{ input: 'Clinically proven to reduce puffiness.' }, { input: '100% effective against odor.' }],
    },
  },
});

const diseaseMatcher = compileCopyPhrases(DISEASES.map((d) => [d, d] as const));
const NOUN_BEFORE_TREAT = new Set(['a', 'an', 'the', 'dog', 'cat', 'pet', 'tasty', 'training', 'sweet', 'special']);

const disease = defineRule<CopyContext>({
  id: 'copy/claims/disease-claim',
  category: 'claims',
  severity: 'error',
  meta: {
    summary: 'Disease claims: a verb such as cure, treat or prevent followed by a disease ("cures joint pain").',
    rationale:
      'Claiming to diagnose, treat, cure or prevent a disease makes a product an unapproved drug; supplements may only make structure/function claims with the FDA disclaimer.',
    source: '21 CFR 101.93; Amazon Seller Central 202024200 (prohibited product claims).',
    examples: {
      valid: [
        { input: 'Supports joint comfort after long runs.' },
        { input: 'Dog treats made with real chicken.', note: '"treats" as a noun, no disease.' },
        { input: 'Epoxy cures fully in 24 hours.' },
      ],
      invalid: [{ input: 'Cures joint pain in days.' }, { input: 'Helps prevent colds and flu.' }],
    },
  },
  check(ctx) {
    const { tokens, text } = ctx;
    const hits = findCopyPhrases(tokens, diseaseMatcher);
    if (hits.length === 0) return [];
    const out: RuleFinding[] = [];
    let h = 0;
    for (let i = 0; i < tokens.length; i++) {
      const lemma = DISEASE_VERBS.get(tokens.norms[i] ?? '');
      if (!lemma) continue;
      if (lemma === 'treat' && NOUN_BEFORE_TREAT.has(tokens.norms[i - 1] ?? '')) continue;
      const t = { start: tokens.starts[i] ?? 0, end: tokens.ends[i] ?? 0 };
      while (h < hits.length && (hits[h]?.first ?? 0) <= i) h++;
      const hit = hits[h];
      // The disease must follow within five words, in the same sentence.
      if (!hit || hit.first - i > 5) continue;
      if (/[.!?\n;]/.test(text.slice(t.end, hit.start))) continue;
      const span = { start: t.start, end: hit.end };
      if (isCopyClaimSubstantiated(ctx, span)) continue;
      const phrase = text.slice(span.start, span.end);
      const rewrite = DISEASE_REWRITES[`${lemma} ${hit.value}`];
      out.push({
        message: `"${phrase}" is a disease claim, which only approved drugs may make${rewrite ? `; try "${rewrite}"` : '; describe a structure/function benefit instead'}.`,
        range: [span.start, span.end],
        evidence: { text: phrase },
        fix: {
          kind: 'suggest',
          text: rewrite ?? 'Describe how it supports normal function, without naming a disease.',
        },
      });
    }
    return out;
  },
});

const drug = copyExistenceRule({
  id: 'copy/claims/drug-claim',
  category: 'claims',
  severity: 'error',
  tokens: DRUG_PHRASES,
  refine: notSubstantiated,
  message: '"{match}" is a drug or pesticide claim for a cosmetic or consumer product; rephrase to appearance or feel.',
  meta: {
    summary: 'Cosmetic-to-drug and pesticide claims: "removes wrinkles", "regrows hair", "antibacterial", "detox".',
    rationale:
      'Intended use decides: "reduces the appearance of wrinkles" is cosmetic, "removes wrinkles" is a drug claim; germ-killing claims need EPA registration.',
    source: 'FDA "Is it a cosmetic, a drug, or both?"; Amazon 202024200; labelcheck and Seller-Launch-Copilot lists.',
    examples: {
      valid: [{ input: 'Reduces the appearance of fine lines.' }],
      invalid: [{ input: 'Removes wrinkles overnight.' }, { input: 'Antibacterial bamboo cutting board' }],
    },
  },
});

const green = copyExistenceRule({
  id: 'copy/claims/environmental',
  category: 'claims',
  severity: 'error',
  tokens: GREEN_CLAIMS,
  refine: (ctx, hit) => {
    if (isCopyClaimSubstantiated(ctx, hit)) return false;
    // A number or certification in the same sentence qualifies the claim: keep it as advice only.
    const s = copySentenceAt(ctx, hit.start);
    if (!s) return true;
    for (let i = s.first; i < s.last; i++) {
      if (((ctx.tokens.flags[i] ?? 0) & COPY_TOKEN_ALPHA) === 0 || GREEN_QUALIFIERS.has(ctx.tokens.norms[i] ?? ''))
        return 'info';
    }
    return true;
  },
  message:
    '"{match}" is a generic environmental claim: state the specific, provable benefit (banned unqualified in the EU from 27 Sep 2026).',
  meta: {
    summary: 'Unqualified environmental claims: "eco-friendly", "carbon neutral", "biodegradable", "non-toxic".',
    rationale:
      'Generic green claims are banned in the EU without recognised excellent environmental performance, and the FTC Green Guides require a specific qualification.',
    source: 'Directive (EU) 2024/825 (ECGT); FTC Green Guides 16 CFR 260; Amazon restricted claim phrases.',
    examples: {
      valid: [{ input: 'Made with 80% post-consumer recycled plastic.' }],
      invalid: [{ input: 'An eco-friendly yoga mat.' }, { input: 'Carbon neutral shipping on every order' }],
    },
  },
});

const free = copyExistenceRule({
  id: 'copy/claims/free-claim',
  category: 'claims',
  severity: 'warning',
  tokens: FREE_CLAIMS,
  refine: notSubstantiated,
  message: '"{match}": state the terms of a free offer clearly and up front, not in a footnote.',
  meta: {
    summary: '"Free" offers: free gift, free trial, free shipping, buy one get one free.',
    rationale:
      "A free item's cost may not be recovered in the tied price, and its terms must be disclosed at the outset; marketplaces ban shipping offers in listing copy.",
    source: 'FTC Guide Concerning Use of the Word "Free", 16 CFR 251.',
    examples: {
      valid: [{ input: 'BPA-free and dishwasher safe.' }],
      invalid: [{ input: 'Get a free gift with every order.' }],
    },
  },
});

const newClaim = copyExistenceRule({
  id: 'copy/claims/new-claim',
  category: 'claims',
  severity: 'info',
  tokens: NEW_CLAIMS,
  message: '"{match}": a product is "new" for about six months after launch; plan to retire this wording.',
  meta: {
    summary: '"New" claims: "all-new", "new and improved", "new formula".',
    rationale:
      'FTC guidance allows "new" for about six months, and only for a product that is new or substantially changed.',
    source: 'FTC advisory opinion (1967), as summarised by allaboutadvertisinglaw.com.',
    examples: {
      valid: [{ input: 'Great for new parents.' }],
      invalid: [{ input: 'The all-new Trail 2 jacket.' }],
    },
  },
});

const madeInUsa = defineRule<CopyContext>({
  id: 'copy/claims/made-in-usa',
  category: 'claims',
  severity: 'warning',
  meta: {
    summary: 'Unqualified "Made in USA" claims.',
    rationale:
      'An unqualified claim requires final assembly and all significant processing in the US and "all or virtually all" US components; otherwise qualify it.',
    source: 'FTC Made in USA Labeling Rule, 16 CFR 323 (in force 13 Aug 2021).',
    examples: {
      valid: [{ input: 'Made in the USA with domestic and imported components.' }, { input: 'Assembled in Ohio.' }],
      invalid: [{ input: 'Proudly made in the USA.' }],
    },
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const s of scanCopy(ctx.text, COPY_PATTERNS.made)) {
      const sentence = copySentenceAt(ctx, s.start);
      const around = sentence ? ctx.text.slice(sentence.start, sentence.end).toLowerCase() : '';
      if (/imported|components|parts|globally sourced/.test(around)) continue;
      if (isCopyClaimSubstantiated(ctx, s)) continue;
      out.push({
        message: `"${s.text}" must meet the "all or virtually all" standard; otherwise qualify it (e.g. "with imported components").`,
        range: [s.start, s.end],
        evidence: { text: s.text },
        fix: { kind: 'suggest', text: `${s.text} with domestic and imported components` },
      });
    }
    return out;
  },
});

const endorsement = copyExistenceRule({
  id: 'copy/claims/endorsement',
  category: 'claims',
  severity: 'warning',
  tokens: ENDORSEMENTS,
  refine: notSubstantiated,
  message:
    '"{match}" is an endorsement or testimonial claim: it must be real, typical and disclose any material connection.',
  meta: {
    summary: 'Testimonial and endorsement wording: "doctor recommended", "as seen on TV", "rated 5 stars".',
    rationale:
      'Endorsements must reflect honest opinions, disclose material connections and imply typical results; fake or AI-written reviews are banned.',
    source: 'FTC Endorsement Guides 16 CFR 255 (2023); FTC rule on fake reviews 16 CFR 465 (2024).',
    examples: {
      valid: [{ input: 'Developed with a physical therapist.' }],
      invalid: [{ input: 'Doctor recommended for back support.' }],
    },
  },
});

export const copyClaimsRulePack = defineRulePack<CopyContext>({
  id: 'copy/claims',
  title: 'Copy: claims',
  description:
    'Claims that need substantiation or are not allowed: superlatives, rankings, comparatives, proof and disease claims, green, "free", "new", "Made in USA" and endorsements. Substantiated claims in CopyConfig pass.',
  rules: [superlative, numberOne, comparative, proof, disease, drug, green, free, newClaim, madeInUsa, endorsement],
  exampleContext: copyExampleContext,
});
