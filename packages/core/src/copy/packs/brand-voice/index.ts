/** Brand-voice pack: driven by CopyConfig (brand casing, banned words, preferred terms, required disclaimers). */
import { type AnyRule, defineRule, defineRulePack, type RuleFinding } from '../../../engine/index.js';
import type { CopyConfig } from '../../config.js';
import { type CopyContext, copyExampleContext } from '../../context.js';
import { copyCapitalizationRule } from '../../rule-kinds/capitalization.js';
import { genericMeta } from '../../rule-kinds/common.js';
import { copyExistenceRule } from '../../rule-kinds/existence.js';
import { copyRequiredRule } from '../../rule-kinds/required.js';
import { copySubstitutionRule } from '../../rule-kinds/substitution.js';

/**
 * Each rule builds a factory rule from the config section it reads and caches it on that section's
 * object, so a config reused across keystrokes compiles its word lists once.
 */
function perConfig<K extends keyof CopyConfig>(
  key: K,
  build: (value: NonNullable<CopyConfig[K]>) => AnyRule<CopyContext> | undefined,
): (ctx: CopyContext) => RuleFinding[] {
  const cache = new WeakMap<object, AnyRule<CopyContext> | undefined>();
  return (ctx) => {
    const value = ctx.config[key];
    if (value === undefined || value === null || typeof value !== 'object') return [];
    let rule: AnyRule<CopyContext> | undefined;
    if (cache.has(value)) rule = cache.get(value);
    else {
      rule = build(value as NonNullable<CopyConfig[K]>);
      cache.set(value, rule);
    }
    if (!rule || (rule.applies && !rule.applies(ctx))) return [];
    return rule.check(ctx, undefined);
  };
}

const brandCasingCheck = perConfig('brand', (brand) =>
  copyCapitalizationRule({
    id: 'copy/brand-voice/brand-casing',
    category: 'brand-voice',
    severity: 'warning',
    meta: genericMeta('brand casing'),
    terms: [brand.name],
    accept: brand.variants ?? [],
    message: 'Write the brand as "{use}", not "{match}".',
  }),
);

const brandCasing = defineRule<CopyContext>({
  id: 'copy/brand-voice/brand-casing',
  category: 'brand-voice',
  severity: 'warning',
  meta: {
    summary: 'The brand name written in any casing other than the configured one (with a replace fix).',
    rationale: 'A brand name spelled three ways looks careless and weakens search and trademark consistency.',
    source: 'CopyConfig.brand (team style guide); Vale `capitalization`/`substitution` pattern.',
    examples: {
      valid: [{ input: { text: 'The KitchenAid stand mixer.', config: { brand: { name: 'KitchenAid' } } } }],
      invalid: [{ input: { text: 'The Kitchenaid stand mixer.', config: { brand: { name: 'KitchenAid' } } } }],
    },
  },
  check: brandCasingCheck,
});

const bannedCheck = perConfig('bannedWords', (list) =>
  copyExistenceRule({
    id: 'copy/brand-voice/banned-word',
    category: 'brand-voice',
    severity: 'warning',
    meta: genericMeta('banned words'),
    tokens: list.map((e) =>
      typeof e === 'string'
        ? e
        : {
            phrase: e.word,
            ...(e.message ? { message: e.message } : {}),
            ...(e.suggest ? { suggest: e.suggest } : {}),
          },
    ),
    message: '"{match}" is on the brand\'s banned-word list.',
  }),
);

const bannedWord = defineRule<CopyContext>({
  id: 'copy/brand-voice/banned-word',
  category: 'brand-voice',
  severity: 'warning',
  meta: {
    summary: "Words on the brand's banned list (CopyConfig.bannedWords), whole words, any case, plurals included.",
    rationale:
      'Every brand has words it never uses (cheap, hack, competitor names); catching them at typing speed saves a review round.',
    source: 'CopyConfig.bannedWords (team style guide); Vale `existence`.',
    examples: {
      valid: [{ input: { text: 'An affordable everyday knife.', config: { bannedWords: ['cheap'] } } }],
      invalid: [{ input: { text: 'A cheap everyday knife.', config: { bannedWords: ['cheap'] } } }],
    },
  },
  check: bannedCheck,
});

const preferredCheck = perConfig('substitutions', (list) => {
  const swap: Record<string, string> = {};
  for (const s of list) for (const bad of s.insteadOf) swap[bad] = s.use;
  return copySubstitutionRule({
    id: 'copy/brand-voice/preferred-term',
    category: 'brand-voice',
    severity: 'warning',
    meta: genericMeta('preferred terms'),
    swap,
    message: 'House style: use "{use}" instead of "{match}".',
  });
});

const preferredTerm = defineRule<CopyContext>({
  id: 'copy/brand-voice/preferred-term',
  category: 'brand-voice',
  severity: 'warning',
  meta: {
    summary:
      'Terms the brand replaces with a preferred one (CopyConfig.substitutions), with a safe replace fix that keeps case.',
    rationale: 'Consistent terminology ("T-shirt", not "tee shirt") reads as one voice across every placement.',
    source: 'CopyConfig.substitutions (team style guide); Vale `substitution`.',
    examples: {
      valid: [
        {
          input: {
            text: 'A cotton T-shirt.',
            config: { substitutions: [{ use: 'T-shirt', insteadOf: ['tee shirt'] }] },
          },
        },
      ],
      invalid: [
        {
          input: {
            text: 'A cotton tee shirt.',
            config: { substitutions: [{ use: 'T-shirt', insteadOf: ['tee shirt'] }] },
          },
        },
      ],
    },
  },
  check: preferredCheck,
});

const disclaimerCheck = perConfig('requiredDisclaimers', (list) => {
  const rules = list.map((d, i) =>
    copyRequiredRule({
      id: `copy/brand-voice/required-disclaimer-${i}`,
      category: 'brand-voice',
      severity: 'error',
      meta: genericMeta('required disclaimer'),
      anyOf: [d.text],
      ...(d.placements ? { placements: d.placements } : {}),
      message: 'Required disclaimer missing: "{match}".',
    }),
  );
  return defineRule<CopyContext>({
    id: 'copy/brand-voice/required-disclaimer',
    category: 'brand-voice',
    severity: 'error',
    meta: genericMeta('required disclaimers'),
    check: (ctx) => rules.flatMap((r) => (r.applies && !r.applies(ctx) ? [] : r.check(ctx, undefined))),
  });
});

const requiredDisclaimer = defineRule<CopyContext>({
  id: 'copy/brand-voice/required-disclaimer',
  category: 'brand-voice',
  severity: 'error',
  meta: {
    summary: 'A disclaimer the team requires for a placement is missing (CopyConfig.requiredDisclaimers).',
    rationale:
      'Supplement copy needs the exact FDA disclaimer next to structure/function claims; offers need their terms.',
    source: 'CopyConfig.requiredDisclaimers; 21 CFR 101.93 (supplement disclaimer); 16 CFR 251 (free offers).',
    examples: {
      valid: [
        {
          input: {
            text: 'Supports restful sleep.* *Terms apply.',
            config: { requiredDisclaimers: [{ text: '*Terms apply.' }] },
          },
        },
      ],
      invalid: [
        {
          input: {
            text: 'Supports restful sleep.',
            placement: 'amazon.description',
            config: { requiredDisclaimers: [{ text: 'Terms apply', placements: ['amazon.description'] }] },
          },
        },
      ],
    },
  },
  check: disclaimerCheck,
});

export const copyBrandVoiceRulePack = defineRulePack<CopyContext>({
  id: 'copy/brand-voice',
  title: 'Copy: brand voice',
  description:
    'Driven by CopyConfig: brand name casing, banned words, preferred terms and required disclaimers per placement. Does nothing without config.',
  rules: [brandCasing, bannedWord, preferredTerm, requiredDisclaimer],
  exampleContext: copyExampleContext,
});
