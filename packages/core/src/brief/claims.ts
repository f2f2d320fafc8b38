/** Claim classes that need substantiation, with the patterns that detect them (linear regexes only). */
import type { Severity } from '../engine/finding.js';

export interface BriefClaimClass {
  id: 'health' | 'clinical' | 'environmental' | 'origin' | 'superlative' | 'comparative';
  label: string;
  severity: Severity;
  pattern: RegExp;
  /** Also scanned in keyMessage/primaryKeyword (narrower classes only, to avoid noise like "green bottle"). */
  inMessage: boolean;
  source: string;
}

export const BRIEF_CLAIM_CLASSES: readonly BriefClaimClass[] = [
  {
    id: 'health',
    label: 'health or drug claim',
    severity: 'error',
    pattern:
      /\b(?:cures?|cured|heals?|treats? (?:acne|pain|arthritis|insomnia|eczema|anxiety|disease)|prevents? (?:disease|illness|the flu|colds?|hair loss|cancer)|detox\w*|boosts? (?:your )?immun\w+|immune[- ]boosting|anti[- ]inflammatory|lowers? (?:cholesterol|blood pressure)|weight[- ]loss|burns? fat|fat[- ]burning|removes? wrinkles|regrows? hair|regenerates? cells)\b/i,
    inMessage: true,
    source:
      'creative-ops.md §4: 21 CFR 101.93, FDA cosmetic-vs-drug guidance, claim-checker word lists [S45][S46][S54][S55]',
  },
  {
    id: 'clinical',
    label: 'clinical or expert claim',
    severity: 'error',
    pattern:
      /\b(?:clinically (?:proven|tested|shown)|scientifically proven|proven to|dermatologist[- ](?:tested|recommended|approved)|doctor[- ]recommended|vet[- ]recommended|lab[- ]tested|fda[- ](?:approved|cleared))\b/i,
    inMessage: true,
    source: 'creative-ops.md §4: NAD substantiation (competent and reliable evidence, human trials) [S50]',
  },
  {
    id: 'environmental',
    label: 'environmental claim',
    severity: 'error',
    pattern:
      /\b(?:eco[- ]?friendly|environmentally (?:friendly|safe)|planet[- ]friendly|climate[- ](?:friendly|neutral|positive)|carbon[- ](?:neutral|negative|friendly)|co2[- ]neutral|net[- ]zero|sustainabl[ey]|biodegradable|compostable|recyclable|recycled|plastic[- ]free|zero[- ]waste|ecological|green)\b/i,
    inMessage: false,
    source: 'creative-ops.md §4: EU Directive 2024/825 (from 27 Sep 2026), FTC Green Guides 16 CFR 260 [S47][S49]',
  },
  {
    id: 'origin',
    label: 'origin claim',
    severity: 'error',
    pattern: /\bmade in (?:the )?(?:usa|u\.s\.a?|america|united states)\b/i,
    inMessage: true,
    source: 'creative-ops.md §4: FTC Made in USA Labeling Rule, 16 CFR 323 [S40]',
  },
  {
    id: 'superlative',
    label: 'superlative or ranking claim',
    severity: 'warning',
    pattern:
      /(?:#\s?1\b|\bno\.? ?1\b|\bnumber one\b|\b(?:the|our|world'?s|america'?s|uk'?s) best\b|\bbest[- ]?(?:selling|sellers?|in[- ]class|rated)\b|\btop[- ](?:rated|selling)\b|\bleading\b|\bworld'?s (?:first|best|most)\b|\bfastest\b|\bstrongest\b|\bmost (?:effective|popular|trusted|advanced)\b|\bunbeatable\b|\blowest price)/i,
    inMessage: true,
    source:
      'creative-ops.md §4: NAD superiority claims (70–80% of the market), Amazon ad policy on "best"/"top-selling" [S50][S19]',
  },
  {
    id: 'comparative',
    label: 'comparative or numeric performance claim',
    severity: 'warning',
    pattern:
      /(?:\b\d+(?:\.\d+)?\s?(?:%|x\b|times\b) ?(?:more|better|faster|stronger|longer|less)\b|\bbetter than\b|\boutperforms?\b|\blasts? \d+ ?(?:hours?|days?|years?))/i,
    inMessage: true,
    source: 'creative-ops.md §4: NAD substantiation of comparative claims [S50]',
  },
];

export interface BriefClaimMatch {
  cls: BriefClaimClass;
  text: string;
  index: number;
}

/** One pass that rejects claim-free text before the per-class patterns run (most text has no claim). */
const ANY_CLAIM = new RegExp(BRIEF_CLAIM_CLASSES.map((c) => c.pattern.source).join('|'), 'i');

/** Every claim class `text` triggers, first match each. */
export function detectBriefClaims(text: string, messageOnly = false): BriefClaimMatch[] {
  const out: BriefClaimMatch[] = [];
  if (!ANY_CLAIM.test(text)) return out;
  for (const cls of BRIEF_CLAIM_CLASSES) {
    if (messageOnly && !cls.inMessage) continue;
    const m = cls.pattern.exec(text);
    if (m) out.push({ cls, text: m[0], index: m.index });
  }
  return out;
}
