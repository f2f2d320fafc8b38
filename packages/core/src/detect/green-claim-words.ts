/** Environmental claim words by FTC Green Guides section (16 CFR 260), and the words that qualify or negate them. */

/**
 * One Green Guides section each: general benefit (260.4), carbon and offsets (260.5), compostable (260.7),
 * degradable (260.8), free-of (260.9), non-toxic (260.10), ozone (260.11), recyclable (260.12), recycled content (260.13).
 */
export type GreenClaimKind =
  | 'general'
  | 'carbon'
  | 'compostable'
  | 'degradable'
  | 'free-of'
  | 'non-toxic'
  | 'ozone'
  | 'recyclable'
  | 'recycled-content';

/** One listed phrase, its kind, and a rewrite that replaces the kind's default. */
export interface GreenClaimEntry {
  phrase: string;
  kind: GreenClaimKind;
  suggest?: string;
}

const general = (phrase: string): GreenClaimEntry => ({ phrase, kind: 'general' });
const carbon = (phrase: string): GreenClaimEntry => ({ phrase, kind: 'carbon' });
const degradable = (phrase: string): GreenClaimEntry => ({ phrase, kind: 'degradable' });
const recycledContent = (material: string): GreenClaimEntry => ({
  phrase: `recycled ${material}`,
  kind: 'recycled-content',
});
const PFAS_REWRITE =
  'Say what was left out and how that was checked, e.g. "made without intentionally added PFAS, third-party lab tested".';

/**
 * Environmental claims. "Green" counts only in phrases that make it a claim ("green product", "go green"): the
 * colour ("green jacket") is not one. Matching is by whole tokens, so "eco-friendly", "eco friendly" and
 * "Eco-Friendly" are one entry. The EU lists the general terms as generic claims (Directive 2024/825, recital 9).
 */
export const GREEN_CLAIM_ENTRIES: readonly GreenClaimEntry[] = [
  // 16 CFR 260.4: general environmental benefit claims.
  general('eco-friendly'),
  general('ecofriendly'),
  general('eco-safe'),
  general('environmentally friendly'),
  general('environment friendly'),
  general('environmentally safe'),
  general('environmentally sound'),
  general('environmentally correct'),
  general('environmentally responsible'),
  general('ecologically friendly'),
  general('ecologically sound'),
  general('ecological'),
  general('earth-friendly'),
  general('planet-friendly'),
  general('nature-friendly'),
  general("nature's friend"),
  general('climate friendly'),
  general('carbon friendly'),
  general('gentle on the environment'),
  general('good for the environment'),
  general('better for the environment'),
  general('good for the planet'),
  general('better for the planet'),
  general('kind to the planet'),
  general('green product'),
  general('green choice'),
  general('greener choice'),
  general('green alternative'),
  general('greener alternative'),
  general('go green'),
  general('going green'),
  general('sustainable'),
  general('sustainably made'),
  general('sustainably sourced'),
  general('sustainably produced'),
  general('zero waste'),
  // 16 CFR 260.5 (offsets) and EU 2024/825 Annex I 4c (neutrality claims based on offsetting).
  carbon('carbon neutral'),
  carbon('climate neutral'),
  carbon('co2 neutral'),
  carbon('co₂ neutral'),
  carbon('net zero'),
  carbon('carbon negative'),
  carbon('carbon positive'),
  carbon('climate positive'),
  // 16 CFR 260.7: "home" and "industrial" are read as qualifiers, so they may sit inside the phrase.
  { phrase: 'compostable', kind: 'compostable' },
  { phrase: 'home compostable', kind: 'compostable' },
  { phrase: 'industrially compostable', kind: 'compostable' },
  { phrase: 'commercially compostable', kind: 'compostable' },
  // 16 CFR 260.8(a) names every variant.
  degradable('biodegradable'),
  degradable('biodegradeable'),
  degradable('biodegrades'),
  degradable('degradable'),
  degradable('photodegradable'),
  degradable('oxo-degradable'),
  degradable('oxo-biodegradable'),
  // 16 CFR 260.9: substances with an environmental risk (a health claim like "BPA-free" is not one).
  { phrase: 'pfas-free', kind: 'free-of', suggest: PFAS_REWRITE },
  { phrase: 'free of pfas', kind: 'free-of', suggest: PFAS_REWRITE },
  { phrase: 'free from pfas', kind: 'free-of', suggest: PFAS_REWRITE },
  { phrase: 'pfc-free', kind: 'free-of', suggest: PFAS_REWRITE },
  {
    phrase: 'pfoa-free',
    kind: 'free-of',
    suggest:
      'PTFE and other PFAS may still be present (16 CFR 260.9(b)(1)); only if none are added, say e.g. "made without intentionally added PFAS".',
  },
  {
    phrase: 'cfc-free',
    kind: 'free-of',
    suggest:
      'Drop it: CFCs are no longer used in consumer products, so the claim implies a benefit that is not there (16 CFR 260.9(b)(2)).',
  },
  { phrase: 'phosphate-free', kind: 'free-of' },
  { phrase: 'chlorine-free', kind: 'free-of' },
  { phrase: 'voc-free', kind: 'free-of' },
  { phrase: 'zero voc', kind: 'free-of' },
  { phrase: 'microplastic-free', kind: 'free-of' },
  {
    phrase: 'plastic-free',
    kind: 'free-of',
    suggest: 'Say which part and what it is made of instead, e.g. "packed in paper and card, with no plastic film".',
  },
  // 16 CFR 260.10.
  { phrase: 'non-toxic', kind: 'non-toxic' },
  { phrase: 'nontoxic', kind: 'non-toxic' },
  { phrase: 'toxin-free', kind: 'non-toxic' },
  { phrase: 'toxic-free', kind: 'non-toxic' },
  // 16 CFR 260.11.
  { phrase: 'ozone-friendly', kind: 'ozone' },
  { phrase: 'ozone-safe', kind: 'ozone' },
  { phrase: 'safe for the ozone layer', kind: 'ozone' },
  // 16 CFR 260.12. "Cannot be recycled" never matches: its first token is "cannot".
  { phrase: 'recyclable', kind: 'recyclable' },
  { phrase: 'can be recycled', kind: 'recyclable' },
  // 16 CFR 260.13: "recycled" only before a material, so "please recycle" and "recycled twice" stay out.
  ...[
    'materials',
    'content',
    'plastic',
    'ocean plastic',
    'paper',
    'cardboard',
    'card',
    'board',
    'packaging',
    'polyester',
    'nylon',
    'fabric',
    'fibers',
    'fibres',
    'cotton',
    'wool',
    'leather',
    'rubber',
    'glass',
    'aluminum',
    'aluminium',
    'steel',
    'metal',
    'gold',
    'silver',
    'wood',
    'pet',
    'bottles',
  ].map(recycledContent),
  { phrase: 'rpet', kind: 'recycled-content' },
];

/** Words just before a claim that negate it ("not recyclable", "non-biodegradable", "isn't compostable"). */
export const GREEN_NEGATORS = new Set(['not', 'no', 'non', 'never', 'nor', "isn't", "aren't", "wasn't", "won't"]);

/** Words that may sit between a negator and the claim ("not currently recyclable"); "just" and "only" may not. */
export const GREEN_NEGATION_FILLERS = new Set([
  'be',
  'is',
  'are',
  'yet',
  'currently',
  'always',
  'easily',
  'widely',
  'fully',
  'entirely',
  'completely',
  'longer',
  'considered',
]);

/** Adverbs that intensify a claim ("fully recyclable"; "100%" is checked apart): part of the claim, never its qualification. */
export const GREEN_INTENSIFIERS = new Set(['fully', 'completely', 'totally', 'entirely']);

/** Where a product breaks down: the environment half of a degradable qualification (16 CFR 260.8(d)(1)). */
export const GREEN_ENVIRONMENTS = new Set([
  'compost',
  'composting',
  'composter',
  'soil',
  'marine',
  'seawater',
  'freshwater',
  'landfill',
  'anaerobic',
  'digester',
]);

/** Industrial or municipal composting (16 CFR 260.7(c), (d)). */
export const GREEN_FACILITY_WORDS = new Set([
  'industrial',
  'industrially',
  'commercial',
  'commercially',
  'municipal',
  'facility',
  'facilities',
]);

/** Time units for the rate half of a degradable qualification ("within 180 days"). */
export const GREEN_TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);

/** Number words that may count a time unit ("within a year", "in six months"). */
export const GREEN_NUMBER_WORDS = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'eight',
  'nine',
  'ten',
  'twelve',
]);

/** A certification, standard or test behind the claim (16 CFR 260.6; ASTM D6400, EN 13432, ISO 14021). */
export const GREEN_CERTIFICATION_WORDS = new Set([
  'certified',
  'certification',
  'certificate',
  'verified',
  'audited',
  'tested',
  'ecolabel',
  'iso',
  'astm',
  'd6400',
  'd6868',
  'd5511',
  'd6691',
  'en',
  '13432',
  '14021',
  '14855',
  '17088',
  'tüv',
  'tuv',
  'bpi',
  'din',
  'fsc',
  'pefc',
  'msc',
  'rspo',
]);

/** Offsets behind a carbon claim (16 CFR 260.5). */
export const GREEN_OFFSET_WORDS = new Set([
  'offset',
  'offsets',
  'offsetting',
  'credits',
  'compensated',
  'compensation',
  'compensating',
]);

/** A specific attribute beside a general claim ("eco-friendly: made from recycled cotton") (16 CFR 260.4(c)). */
export const GREEN_SPECIFIC_WORDS = new Set(['recycled', 'reused', 'refillable', 'renewable']);

/** Who a non-toxic claim is scoped to, or its directions (16 CFR 260.10(b)). */
export const GREEN_SCOPE_WORDS = new Set([
  'humans',
  'people',
  'pets',
  'children',
  'kids',
  'fish',
  'aquatic',
  'bees',
  'wildlife',
  'directed',
]);

/** How a free-of claim was checked or bounded (16 CFR 260.9(c): trace amounts, not intentionally added). */
export const GREEN_TRACE_WORDS = new Set(['intentionally', 'ppm', 'ppb', 'detectable', 'lab']);

/** Words after "where" that make "where facilities exist" (a weaker qualification than "may not exist in your area"). */
export const GREEN_WHERE_WORDS = new Set(['facilities', 'facility', 'accepted', 'available', 'programs', 'collected']);
