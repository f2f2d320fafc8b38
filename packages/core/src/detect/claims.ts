/** The one claims detector: every claim class, with its range, severity, reason and compliant rewrite; briefs and copy call it. */

import { type CopyContext, copyMemo, copySentenceAt } from '../copy/context.js';
import { type CopyPhraseMatcher, compileCopyPhrases, findCopyPhrases } from '../copy/matcher.js';
import { overlapsSorted } from '../copy/scanners.js';
import { tokenizeCopyColumns } from '../copy/tokenize.js';
import type { Severity } from '../engine/finding.js';
import {
  type ClaimEntry,
  COMPARATIVES,
  CONDITIONS,
  DISEASE_REWRITES,
  DISEASE_VERBS,
  DISEASES,
  DRUG_PHRASES,
  ENDORSEMENTS,
  FREE_CLAIMS,
  NATURAL_CLAIMS,
  NEW_CLAIMS,
  PROOF_CLAIMS,
  STRONG_DISEASE_VERBS,
  SUPERLATIVE_EXCEPTIONS,
  SUPERLATIVE_PROPER_NAMES,
  SUPERLATIVES,
} from './claim-words.js';
import { detectGreenClaimsIn, GREEN_CLAIM_MATCHER } from './green-claims.js';

export type ClaimClass =
  | 'superlative'
  | 'ranking'
  | 'comparative'
  | 'proof'
  | 'disease'
  | 'drug'
  | 'environmental'
  | 'natural'
  | 'free'
  | 'new'
  | 'origin'
  | 'endorsement';

export const CLAIM_CLASSES: readonly ClaimClass[] = [
  'superlative',
  'ranking',
  'comparative',
  'proof',
  'disease',
  'drug',
  'environmental',
  'natural',
  'free',
  'new',
  'origin',
  'endorsement',
];

/** A label per class, for messages ("a disease claim"). */
export const CLAIM_CLASS_LABELS: Readonly<Record<ClaimClass, string>> = {
  superlative: 'superlative claim',
  ranking: 'ranking claim',
  comparative: 'comparative claim',
  proof: 'proof or efficacy claim',
  disease: 'disease claim',
  drug: 'drug or pesticide claim',
  environmental: 'environmental claim',
  natural: '"natural" claim',
  free: '"free" offer',
  new: '"new" claim',
  origin: 'origin claim',
  endorsement: 'endorsement claim',
};

export interface ClaimHit {
  class: ClaimClass;
  /** `[start, end)` in UTF-16 offsets into the text. */
  range: [number, number];
  text: string;
  severity: Severity;
  /** Why it is a claim and what to do, one sentence. */
  reason: string;
  /** A compliant rewrite ("supports joint comfort") or, where none exists, what to write instead; a human applies it. */
  compliantRewrite?: string;
}

/** Per class at most this many hits: an adversarial paste cannot flood a report (the copy cap is the same). */
export const CLAIM_HITS_PER_CLASS = 1000;

interface PhraseClass {
  cls: ClaimClass;
  severity: Severity;
  entries: readonly (string | ClaimEntry)[];
  reason: string;
  exceptions?: readonly string[];
  caseSensitiveExceptions?: readonly string[];
}

const PHRASE_CLASSES: readonly PhraseClass[] = [
  {
    cls: 'superlative',
    severity: 'warning',
    entries: SUPERLATIVES,
    exceptions: SUPERLATIVE_EXCEPTIONS,
    caseSensitiveExceptions: SUPERLATIVE_PROPER_NAMES,
    reason:
      '"{match}" is a superiority claim: keep it only with proof that covers most of the market, or add it to substantiatedClaims.',
  },
  {
    cls: 'comparative',
    severity: 'warning',
    entries: COMPARATIVES,
    reason: '"{match}" compares against competitors: name what was tested and how, or drop the comparison.',
  },
  {
    cls: 'proof',
    severity: 'error',
    entries: PROOF_CLAIMS,
    reason: '"{match}" promises proof or a result: keep it only with competent and reliable evidence on file.',
  },
  {
    cls: 'drug',
    severity: 'error',
    entries: DRUG_PHRASES,
    reason:
      '"{match}" is a drug or pesticide claim for a cosmetic or consumer product; rephrase to appearance or feel.',
  },
  {
    cls: 'natural',
    severity: 'warning',
    entries: NATURAL_CLAIMS,
    reason:
      '"{match}" says every ingredient is natural: keep it only if that holds for the whole product, or name the natural ingredient instead.',
  },
  {
    cls: 'free',
    severity: 'warning',
    entries: FREE_CLAIMS,
    reason: '"{match}": state the terms of a free offer clearly and up front, not in a footnote.',
  },
  {
    cls: 'new',
    severity: 'info',
    entries: NEW_CLAIMS,
    reason: '"{match}": a product is "new" for about six months after launch; plan to retire this wording.',
  },
  {
    cls: 'endorsement',
    severity: 'warning',
    entries: ENDORSEMENTS,
    reason:
      '"{match}" is an endorsement or testimonial claim: it must be real, typical and disclose any material connection.',
  },
];

interface CompiledPhraseClass extends PhraseClass {
  /** This class's bit in `FIRST_WORD_CLASSES`. */
  bit: number;
  matcher: CopyPhraseMatcher<ClaimEntry>;
  skip?: CopyPhraseMatcher<true>;
  skipExact?: CopyPhraseMatcher<true>;
}

// Word lists compile into token tries once, at module load.
const COMPILED: readonly CompiledPhraseClass[] = PHRASE_CLASSES.map((c, i) => ({
  ...c,
  bit: 1 << i,
  matcher: compileCopyPhrases(
    c.entries.map((t) => {
      const e = typeof t === 'string' ? { phrase: t } : t;
      return [e.phrase, e] as const;
    }),
  ),
  ...(c.exceptions
    ? {
        skip: compileCopyPhrases(
          c.exceptions.map((p) => [p, true] as const),
          { plurals: true },
        ),
      }
    : {}),
  ...(c.caseSensitiveExceptions
    ? {
        skipExact: compileCopyPhrases(
          c.caseSensitiveExceptions.map((p) => [p, true] as const),
          { caseSensitive: true, plurals: false },
        ),
      }
    : {}),
}));

const DISEASE_MATCHER = compileCopyPhrases<{ name: string; strongOnly: boolean }>([
  ...DISEASES.map((d) => [d, { name: d, strongOnly: false }] as const),
  ...CONDITIONS.map((d) => [d, { name: d, strongOnly: true }] as const),
]);
const DISEASE_BIT = 1 << COMPILED.length;
const DISEASE_VERB_BIT = 1 << (COMPILED.length + 1);
const GREEN_BIT = 1 << (COMPILED.length + 2);
const ENDORSEMENT = COMPILED.find((c) => c.cls === 'endorsement');

/**
 * Normalised word → the bits of the matchers whose phrases can start with it (plus disease verbs). A phrase hit
 * needs its first token among a matcher's root keys, so one pass over the tokens tells which matchers can hit at
 * all; the others are skipped instead of each scanning every token.
 */
const FIRST_WORD_CLASSES: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  const add = (word: string, bit: number) => out.set(word, (out.get(word) ?? 0) | bit);
  for (const c of COMPILED) for (const word of c.matcher.root.keys()) add(word, c.bit);
  for (const word of DISEASE_MATCHER.root.keys()) add(word, DISEASE_BIT);
  for (const word of DISEASE_VERBS.keys()) add(word, DISEASE_VERB_BIT);
  for (const word of GREEN_CLAIM_MATCHER.root.keys()) add(word, GREEN_BIT);
  return out;
})();

/**
 * Which matchers can hit in these tokens (see `FIRST_WORD_CLASSES`). Malformed tokens give every bit, so the
 * matchers still reject them as they always did.
 */
function candidateBits(tokens: CopyContext['tokens'] | undefined): number {
  if (typeof tokens !== 'object' || tokens === null || !Array.isArray(tokens.norms)) return -1;
  const { norms, length } = tokens;
  let bits = 0;
  for (let i = 0; i < length; i++) bits |= FIRST_WORD_CLASSES.get(norms[i] ?? '') ?? 0;
  return bits;
}

/** Words before "treat" that make it the noun ("dog treats"). */
const NOUN_BEFORE_TREAT = new Set(['a', 'an', 'the', 'dog', 'cat', 'pet', 'tasty', 'training', 'sweet', 'special']);
/** "#1", "No. 1", "number one" ("number one" is also a superlative phrase: both classes report it, as copy always did). */
const NUMBER_ONE = /#\s?1\b|\bno\.\s?1\b|\bnumber one\b/gi;
/** "2x faster", "50% more", "3 times stronger": a measured comparison that needs the test behind it (NAD). */
const NUMERIC_COMPARATIVE =
  /(?<![\w.])\d{1,4}(?:\.\d{1,2})?\s?(?:%|x\b|times\b)\s?(?:more|better|faster|stronger|longer|lighter|warmer|drier|less)\b/gi;
const MADE_IN_USA = /\bmade in (?:the )?(?:usa|u\.s\.a?\.?|america|united states)(?![\w])/gi;
const MADE_QUALIFIED = /imported|components|parts|globally sourced/;
const SENTENCE_BREAK = /[.!?\n;]/;

const fill = (template: string, match: string) => template.replace('{match}', match);

function phraseHits(ctx: CopyContext, c: CompiledPhraseClass, bits: number, out: ClaimHit[]): void {
  if ((bits & c.bit) === 0) return;
  const hits = findCopyPhrases(ctx.tokens, c.matcher);
  if (hits.length === 0) return;
  const skipA = c.skip ? findCopyPhrases(ctx.tokens, c.skip) : [];
  const skipB = c.skipExact ? findCopyPhrases(ctx.tokens, c.skipExact) : [];
  let n = 0;
  for (const hit of hits) {
    if (n >= CLAIM_HITS_PER_CLASS) break;
    if (overlapsSorted(hit, skipA) || overlapsSorted(hit, skipB)) continue;
    const text = ctx.text.slice(hit.start, hit.end);
    const severity = hit.value.severity ?? c.severity;
    out.push({
      class: c.cls,
      range: [hit.start, hit.end],
      text,
      severity,
      reason: fill(c.reason, text),
      ...(hit.value.suggest !== undefined ? { compliantRewrite: hit.value.suggest } : {}),
    });
    n++;
  }
}

/** A disease verb (cure, treat, prevent…) with a disease within five words after it, in the same sentence. */
function diseaseHits(ctx: CopyContext, bits: number, out: ClaimHit[]): void {
  if ((bits & DISEASE_BIT) === 0 || (bits & DISEASE_VERB_BIT) === 0) return;
  const { tokens, text } = ctx;
  const hits = findCopyPhrases(tokens, DISEASE_MATCHER);
  if (hits.length === 0) return;
  let h = 0;
  let n = 0;
  for (let i = 0; i < tokens.length && n < CLAIM_HITS_PER_CLASS; i++) {
    const lemma = DISEASE_VERBS.get(tokens.norms[i] ?? '');
    if (!lemma) continue;
    if (lemma === 'treat' && NOUN_BEFORE_TREAT.has(tokens.norms[i - 1] ?? '')) continue;
    const verbEnd = tokens.ends[i] ?? 0;
    while (h < hits.length && (hits[h]?.first ?? 0) <= i) h++;
    const hit = hits[h];
    if (!hit || hit.first - i > 5) continue;
    if (hit.value.strongOnly && !STRONG_DISEASE_VERBS.has(lemma)) continue;
    if (SENTENCE_BREAK.test(text.slice(verbEnd, hit.start))) continue;
    const start = tokens.starts[i] ?? 0;
    const phrase = text.slice(start, hit.end);
    const rewrite = DISEASE_REWRITES[`${lemma} ${hit.value.name}`];
    out.push({
      class: 'disease',
      range: [start, hit.end],
      text: phrase,
      severity: 'error',
      reason: `"${phrase}" is a disease claim, which only approved drugs may make${rewrite ? `; try "${rewrite}"` : '; describe a structure/function benefit instead'}.`,
      compliantRewrite: rewrite ?? 'Describe how it supports normal function, without naming a disease.',
    });
    n++;
  }
}

function regexHits(text: string, re: RegExp, each: (m: RegExpExecArray) => ClaimHit | undefined, out: ClaimHit[]) {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m !== null && n < CLAIM_HITS_PER_CLASS; m = re.exec(text)) {
    const hit = each(m);
    if (hit) {
      out.push(hit);
      n++;
    }
  }
  re.lastIndex = 0;
}

/**
 * Every claim in a copy context, grouped by class in `CLAIM_CLASSES` order and in text order within a class. Memoised
 * per context, so the copy claims rules share one pass. Substantiation is the caller's business (a copy allow-list,
 * a brief's `substantiation` field).
 */
export function detectClaimsIn(ctx: CopyContext): readonly ClaimHit[] {
  return copyMemo(ctx, 'detect/claims', () => {
    const out: ClaimHit[] = [];
    const bits = candidateBits(ctx.tokens);
    const [superlative, ...rest] = COMPILED;
    if (superlative) phraseHits(ctx, superlative, bits, out);
    regexHits(
      ctx.text,
      NUMBER_ONE,
      (m) => ({
        class: 'ranking',
        range: [m.index, m.index + m[0].length],
        text: m[0],
        severity: 'warning',
        reason: `"${m[0]}" is a ranking claim: cite who ranked it and when, or add it to substantiatedClaims.`,
      }),
      out,
    );
    for (const c of rest) {
      if (c.cls === 'endorsement') continue;
      if (c.cls !== 'comparative') {
        phraseHits(ctx, c, bits, out);
        // Environmental claims come next in CLAIM_CLASSES order; the Green Guides grade them (green-claims.ts).
        if (c.cls === 'drug' && (bits & GREEN_BIT) !== 0) out.push(...detectGreenClaimsIn(ctx, CLAIM_HITS_PER_CLASS));
        continue;
      }
      // Phrase and numeric comparatives come from two scans: merge them so the class stays in text order.
      const both: ClaimHit[] = [];
      phraseHits(ctx, c, bits, both);
      regexHits(
        ctx.text,
        NUMERIC_COMPARATIVE,
        (m) => ({
          class: 'comparative',
          range: [m.index, m.index + m[0].length],
          text: m[0],
          severity: 'warning',
          reason: `"${m[0]}" is a measured comparison: name what was tested against what, and how, or drop the number.`,
        }),
        both,
      );
      out.push(...both.sort((x, y) => x.range[0] - y.range[0]).slice(0, CLAIM_HITS_PER_CLASS));
    }
    diseaseHits(ctx, bits, out);
    regexHits(
      ctx.text,
      MADE_IN_USA,
      (m) => {
        const sentence = copySentenceAt(ctx, m.index);
        const around = sentence ? ctx.text.slice(sentence.start, sentence.end).toLowerCase() : '';
        if (MADE_QUALIFIED.test(around)) return undefined;
        return {
          class: 'origin',
          range: [m.index, m.index + m[0].length],
          text: m[0],
          severity: 'warning',
          reason: `"${m[0]}" must meet the "all or virtually all" standard; otherwise qualify it (e.g. "with imported components").`,
          compliantRewrite: `${m[0]} with domestic and imported components`,
        };
      },
      out,
    );
    if (ENDORSEMENT) phraseHits(ctx, ENDORSEMENT, bits, out);
    return out;
  });
}

/** Every claim in `text` (see `detectClaimsIn`), in text order. Linear in the length of `text`. */
export function detectClaims(text: string): ClaimHit[] {
  if (typeof text !== 'string' || text === '') return [];
  // Only text, tokens and the memo are read, so no placement (and no placement catalog) is needed here.
  const ctx = { text, tokens: tokenizeCopyColumns(text), memo: new Map() } as unknown as CopyContext;
  return [...detectClaimsIn(ctx)].sort(
    (a, b) => a.range[0] - b.range[0] || CLAIM_CLASSES.indexOf(a.class) - CLAIM_CLASSES.indexOf(b.class),
  );
}
