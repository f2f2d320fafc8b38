/** Environmental claims graded by the FTC Green Guides: a qualification near the claim lowers or clears it, a negation clears it. */

import { type CopyContext, copySentenceAt } from '../copy/context.js';
import { type CopyPhraseHit, compileCopyPhrases, findCopyPhrases } from '../copy/matcher.js';
import { COPY_TOKEN_ALPHA, COPY_TOKEN_JOINED } from '../copy/tokenize.js';
import type { Severity } from '../engine/finding.js';
import type { ClaimHit } from './claims.js';
import {
  GREEN_CERTIFICATION_WORDS,
  GREEN_CLAIM_ENTRIES,
  GREEN_ENVIRONMENTS,
  GREEN_FACILITY_WORDS,
  GREEN_INTENSIFIERS,
  GREEN_NEGATION_FILLERS,
  GREEN_NEGATORS,
  GREEN_NUMBER_WORDS,
  GREEN_OFFSET_WORDS,
  GREEN_SCOPE_WORDS,
  GREEN_SPECIFIC_WORDS,
  GREEN_TIME_UNITS,
  GREEN_TRACE_WORDS,
  GREEN_WHERE_WORDS,
  type GreenClaimEntry,
  type GreenClaimKind,
} from './green-claim-words.js';

/** The environmental phrases as one token trie, compiled once at module load. */
export const GREEN_CLAIM_MATCHER = compileCopyPhrases(GREEN_CLAIM_ENTRIES.map((e) => [e.phrase, e] as const));

// What the words around a claim say, one bit each.
const PERCENT = 1;
const TIME = 2;
const ENVIRONMENT = 4;
const FACILITY = 8;
const HOME = 16;
/** "may not exist in your area", "check locally", "only in the few communities", "40% of communities". */
const AREA = 32;
/** "where facilities exist": weaker than AREA. */
const WHERE = 64;
const CERTIFIED = 128;
const OFFSET = 256;
/** "by 2040". */
const FUTURE = 512;
const SCOPE = 1024;
const TRACE = 2048;
const SPECIFIC = 4096;

/** Word → the qualifier bits it sets on its own: one look-up per token instead of one per word list. */
const WORD_BITS: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) out.set(w, (out.get(w) ?? 0) | bit);
  };
  add(GREEN_ENVIRONMENTS, ENVIRONMENT);
  add(GREEN_FACILITY_WORDS, FACILITY);
  add(['home'], HOME);
  add(['locally'], AREA);
  add(GREEN_CERTIFICATION_WORDS, CERTIFIED);
  add(GREEN_OFFSET_WORDS, OFFSET);
  add(GREEN_SPECIFIC_WORDS, SPECIFIC);
  add(GREEN_SCOPE_WORDS, SCOPE);
  add(GREEN_TRACE_WORDS, TRACE);
  return out;
})();

/** A qualification counts only this close to the claim, and only in its sentence: the work per claim is bounded. */
const WINDOW_BEFORE = 8;
const WINDOW_AFTER = 16;
/** At most this many words may sit between a negator and the claim ("not yet fully recyclable"). */
const NEGATION_REACH = 3;

interface Grade {
  severity: Severity;
  reason: string;
  rewrite: string;
}

const lower = (s: string) => s.toLowerCase();

const REWRITE = {
  general: 'Name the specific benefit instead, e.g. "made with 80% post-consumer recycled plastic".',
  carbon:
    'State measured reductions and any offsets separately, e.g. "production emissions cut 40% since 2019, third-party verified".',
  compostable: 'Say where it composts, e.g. "compostable in industrial facilities, which may not exist in your area".',
  homeCompostable: 'Cite the evidence, e.g. "home compostable, certified to AS 5810".',
  degradable: 'Say where and how fast it breaks down, e.g. "breaks down in home compost within 12 months".',
  freeOf:
    'Say what was left out and how that was checked, e.g. "made without intentionally added PFAS, third-party lab tested".',
  nonToxic:
    'Say what was tested, for whom, and to which standard, e.g. "meets the EN 71-3 limits on heavy metals in toys".',
  ozone: 'Name what it does not contain, e.g. "contains no CFCs, HCFCs or other ozone-depleting substances".',
  recyclable:
    'Qualify it unless at least 60% of buyers can recycle it, e.g. "recyclable; recycling facilities may not exist in your area".',
  recycledContent: (t: string) => `State the recycled share by weight, e.g. "made with 50% ${lower(t)}".`,
} as const;

/** Severity, reason and rewrite for one claim from what surrounds it; undefined when the qualification suffices. */
function grade(kind: GreenClaimKind, t: string, q: number): Grade | undefined {
  switch (kind) {
    case 'general':
      return q & (PERCENT | CERTIFIED | SPECIFIC)
        ? {
            severity: 'warning',
            reason: `"${t}" is a general environmental claim beside a specific benefit: the broad term still implies more than that benefit, so keep the specific benefit alone (16 CFR 260.4(c), (d); Directive (EU) 2024/825).`,
            rewrite: REWRITE.general,
          }
        : {
            severity: 'error',
            reason: `"${t}" is a general environmental benefit claim, which the FTC Green Guides say not to make unqualified (16 CFR 260.4) and the EU bans as a generic claim from 27 Sep 2026 (Directive (EU) 2024/825); name the specific benefit.`,
            rewrite: REWRITE.general,
          };
    case 'carbon':
      if (q & FUTURE)
        return {
          severity: 'warning',
          reason: `"${t}" is a future climate target: in the EU it needs a public, detailed plan with measurable, time-bound targets that an independent expert checks (Directive (EU) 2024/825); link the plan and say what is done so far.`,
          rewrite: REWRITE.carbon,
        };
      return q & (OFFSET | CERTIFIED)
        ? {
            severity: 'warning',
            reason: `"${t}" names its offsets or certifier, as the FTC asks (16 CFR 260.5), but the EU bans neutrality claims based on offsets from 27 Sep 2026 (Directive (EU) 2024/825); state measured reductions instead.`,
            rewrite: REWRITE.carbon,
          }
        : {
            severity: 'error',
            reason: `"${t}" is a carbon or climate claim: the EU bans neutral, reduced or positive impact claims based on offsets from 27 Sep 2026 (Directive (EU) 2024/825), and the FTC expects the offsets and their timing disclosed (16 CFR 260.5); state measured reductions instead.`,
            rewrite: REWRITE.carbon,
          };
    case 'compostable':
      if (q & AREA) return undefined;
      if (q & HOME)
        return q & CERTIFIED
          ? undefined
          : {
              severity: 'warning',
              reason: `"${t}" needs evidence that it turns into usable compost safely and in time in a home pile: cite the certification or test (16 CFR 260.7(b)).`,
              rewrite: REWRITE.homeCompostable,
            };
      return q & (FACILITY | CERTIFIED)
        ? {
            severity: 'info',
            reason: `"${t}" relies on industrial composting: unless most buyers can reach such a facility, add that appropriate facilities may not exist in their area (16 CFR 260.7(d)).`,
            rewrite: REWRITE.compostable,
          }
        : {
            severity: 'warning',
            reason: `"${t}" is an unqualified compostable claim, which says it composts safely and in time in a home pile; if it needs an industrial facility, say so and that facilities may not exist in the buyer's area (16 CFR 260.7).`,
            rewrite: REWRITE.compostable,
          };
    case 'degradable': {
      const rate = (q & TIME) !== 0;
      const place = (q & (ENVIRONMENT | FACILITY | HOME | CERTIFIED)) !== 0;
      if (rate && place) return undefined;
      return rate || place
        ? {
            severity: 'info',
            reason: `"${t}" is qualified in part: state both where it breaks down (industrial compost, home compost, soil, water) and how fast (16 CFR 260.8(d)).`,
            rewrite: REWRITE.degradable,
          }
        : {
            severity: 'error',
            reason: `"${t}" is an unqualified degradable claim: it promises complete breakdown within a year of customary disposal, which landfills, incinerators and recycling do not allow (16 CFR 260.8); say where and how fast it breaks down.`,
            rewrite: REWRITE.degradable,
          };
    }
    case 'free-of':
      return q & (TRACE | CERTIFIED)
        ? undefined
        : {
            severity: 'warning',
            reason: `"${t}" is a free-of claim: it must hold beyond trace amounts, the product must not contain a substitute with a similar risk, and the substance must be one the category uses (16 CFR 260.9).`,
            rewrite: REWRITE.freeOf,
          };
    case 'non-toxic':
      return q & (SCOPE | CERTIFIED)
        ? {
            severity: 'info',
            reason: `"${t}" is scoped or tested: keep the evidence for that scope on file, and do not let it imply safety for the environment too (16 CFR 260.10).`,
            rewrite: REWRITE.nonToxic,
          }
        : {
            severity: 'warning',
            reason: `"${t}" says the product is non-toxic to people and the environment alike: keep evidence for both, or say for whom and by which test (16 CFR 260.10).`,
            rewrite: REWRITE.nonToxic,
          };
    case 'ozone':
      return {
        severity: 'error',
        reason: `"${t}" says the product is safe for the ozone layer and the atmosphere as a whole, which any ozone-depleting substance or smog-forming VOC makes deceptive (16 CFR 260.11); name what it does not contain.`,
        rewrite: REWRITE.ozone,
      };
    case 'recyclable':
      if (q & AREA) return undefined;
      return q & WHERE
        ? {
            severity: 'info',
            reason: `"${t}" has a weak facility qualification: the Green Guides' wording is "may not be recyclable in your area", or the share of buyers with access (16 CFR 260.12(b)(2)).`,
            rewrite: REWRITE.recyclable,
          }
        : {
            severity: 'warning',
            reason: `"${t}" is an unqualified recyclable claim: make it only if facilities that recycle the whole item reach at least 60% of buyers where it is sold; otherwise qualify it (16 CFR 260.12).`,
            rewrite: REWRITE.recyclable,
          };
    case 'recycled-content':
      return q & PERCENT
        ? undefined
        : {
            severity: 'info',
            reason: `"${t}" without a percentage says the whole item, minor incidental parts aside, is recycled; if only part is, state the share by weight (16 CFR 260.13(c)).`,
            rewrite: REWRITE.recycledContent(t),
          };
  }
}

/** Whether token `i` is a number written with "%" or followed by "percent" ("80%", "80 percent"). */
function isPercent(ctx: CopyContext, i: number): boolean {
  const { tokens, text } = ctx;
  if (((tokens.flags[i] ?? 0) & COPY_TOKEN_ALPHA) !== 0) return false;
  return text.charCodeAt(tokens.ends[i] ?? 0) === 37 || tokens.norms[i + 1] === 'percent';
}

/** What the tokens `[lo, hi)` say about a claim, as bits. Each token costs a few set look-ups. */
function qualifiers(ctx: CopyContext, lo: number, hi: number): number {
  const { norms, flags } = ctx.tokens;
  let q = 0;
  for (let j = lo; j < hi; j++) {
    const w = norms[j] ?? '';
    const prev = norms[j - 1] ?? '';
    if (((flags[j] ?? 0) & COPY_TOKEN_ALPHA) === 0) {
      if (isPercent(ctx, j)) {
        q |= PERCENT;
        const after = norms[j + 1] === 'percent' ? j + 2 : j + 1;
        if (norms[after] === 'of') q |= AREA;
      }
      if (GREEN_TIME_UNITS.has(norms[j + 1] ?? '')) q |= TIME;
      if (prev === 'by' && w.length === 4 && w.startsWith('20')) q |= FUTURE;
    } else if (GREEN_TIME_UNITS.has(w) && GREEN_NUMBER_WORDS.has(prev)) q |= TIME;
    q |= WORD_BITS.get(w) ?? 0;
    if (
      (w === 'area' && prev === 'your') ||
      (w === 'communities' && prev === 'few') ||
      (w === 'exist' && prev === 'not')
    )
      q |= AREA;
    if (w === 'where' && (GREEN_WHERE_WORDS.has(norms[j + 1] ?? '') || GREEN_WHERE_WORDS.has(norms[j + 2] ?? '')))
      q |= WHERE;
  }
  return q;
}

/** Whether a negator sits just before token `first` ("not recyclable", "non-biodegradable", "is not yet compostable"). */
function negated(ctx: CopyContext, first: number, floor: number): boolean {
  const { norms } = ctx.tokens;
  for (let j = first - 1; j >= floor && j >= first - NEGATION_REACH; j--) {
    const w = norms[j] ?? '';
    if (GREEN_NEGATORS.has(w)) return true;
    if (!GREEN_NEGATION_FILLERS.has(w)) return false;
  }
  return false;
}

/** Index of the intensifier ("100%", "fully") just before the claim's first token, or -1. */
function intensifierBefore(ctx: CopyContext, first: number, floor: number): number {
  const { norms, flags } = ctx.tokens;
  const p = first - 1;
  if (p < floor || ((flags[first] ?? 0) & COPY_TOKEN_JOINED) === 0) return -1;
  if (GREEN_INTENSIFIERS.has(norms[p] ?? '')) return p;
  return norms[p] === '100' && isPercent(ctx, p) ? p : -1;
}

/** One graded hit, or undefined when negated or qualified enough. */
function greenHit(ctx: CopyContext, hit: CopyPhraseHit<GreenClaimEntry>): ClaimHit | undefined {
  const { tokens, text } = ctx;
  const sentence = copySentenceAt(ctx, hit.start);
  const floor = sentence?.first ?? hit.first;
  const ceiling = sentence?.last ?? hit.last;
  const { kind, suggest } = hit.value;
  // "100% recycled" states a share, so it qualifies recycled content; elsewhere "100%" only intensifies.
  const boost = kind === 'recycled-content' ? -1 : intensifierBefore(ctx, hit.first, floor);
  const first = boost >= 0 ? boost : hit.first;
  if (negated(ctx, first, floor)) return undefined;
  const lo = Math.max(floor, first - WINDOW_BEFORE);
  const hi = Math.min(ceiling, hit.last + WINDOW_AFTER);
  // The intensifier is part of the claim, never its qualification: read around it.
  const q = boost >= 0 ? qualifiers(ctx, lo, boost) | qualifiers(ctx, hit.first, hi) : qualifiers(ctx, lo, hi);
  const start = tokens.starts[first] ?? hit.start;
  const claim = text.slice(start, hit.end);
  const graded = grade(kind, claim, q);
  if (!graded) return undefined;
  return {
    class: 'environmental',
    range: [start, hit.end],
    text: claim,
    severity: graded.severity,
    reason: graded.reason,
    compliantRewrite: suggest ?? graded.rewrite,
  };
}

/**
 * Environmental claims in a copy context, in text order, at most `cap`. Linear: one trie pass, then a bounded
 * window per claim (sentences are split once per context and memoised).
 */
export function detectGreenClaimsIn(ctx: CopyContext, cap: number): ClaimHit[] {
  const out: ClaimHit[] = [];
  for (const hit of findCopyPhrases(ctx.tokens, GREEN_CLAIM_MATCHER)) {
    if (out.length >= cap) break;
    const graded = greenHit(ctx, hit);
    if (graded) out.push(graded);
  }
  return out;
}
