/** Helpers the copy/brand-voice rules share: rule-kind checks built from the config, cached per config section. */
import type { AnyRuntimeRule, RuleFinding } from '../../../engine/index.js';
import type { CopyConfig } from '../../config.js';
import type { CopyContext } from '../../context.js';
import { copyCapitalizationRule } from '../../rule-kinds/capitalization.js';
import { copyExistenceRule } from '../../rule-kinds/existence.js';
import { copyRequiredRule } from '../../rule-kinds/required.js';
import { copySubstitutionRule } from '../../rule-kinds/substitution.js';

/**
 * Each rule builds a factory rule from the config section it reads and caches it on that section's
 * object, so a config reused across keystrokes compiles its word lists once.
 */
export function perConfig<K extends keyof CopyConfig>(
  key: K,
  build: (value: NonNullable<CopyConfig[K]>) => AnyRuntimeRule<CopyContext> | undefined,
): (ctx: CopyContext) => RuleFinding[] {
  const cache = new WeakMap<object, AnyRuntimeRule<CopyContext> | undefined>();
  return (ctx) => {
    const value = ctx.config[key];
    if (value === undefined || value === null || typeof value !== 'object') return [];
    let rule: AnyRuntimeRule<CopyContext> | undefined;
    if (cache.has(value)) rule = cache.get(value);
    else {
      rule = build(value as NonNullable<CopyConfig[K]>);
      cache.set(value, rule);
    }
    if (!rule || (rule.applies && !rule.applies(ctx))) return [];
    return rule.check(ctx, undefined);
  };
}

export const brandCasingCheck = perConfig('brand', (brand) =>
  copyCapitalizationRule({
    id: 'copy/brand-voice/brand-casing',
    category: 'brand-voice',
    severity: 'warning',
    terms: [brand.name],
    accept: brand.variants ?? [],
    message: 'Write the brand as "{use}", not "{match}".',
  }),
);

export const bannedCheck = perConfig('bannedWords', (list) =>
  copyExistenceRule({
    id: 'copy/brand-voice/banned-word',
    category: 'brand-voice',
    severity: 'warning',
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

export const preferredCheck = perConfig('substitutions', (list) => {
  const swap: Record<string, string> = {};
  for (const s of list) for (const bad of s.insteadOf) swap[bad] = s.use;
  return copySubstitutionRule({
    id: 'copy/brand-voice/preferred-term',
    category: 'brand-voice',
    severity: 'warning',
    swap,
    message: 'House style: use "{use}" instead of "{match}".',
  });
});

export const disclaimerCheck = perConfig('requiredDisclaimers', (list) => {
  const rules = list.map((d, i) =>
    copyRequiredRule({
      id: `copy/brand-voice/required-disclaimer-${i}`,
      category: 'brand-voice',
      severity: 'error',
      anyOf: [d.text],
      ...(d.placements ? { placements: d.placements } : {}),
      message: 'Required disclaimer missing: "{match}".',
    }),
  );
  // A combined check, not a rule of its own (the runtime rule in required-disclaimer.ts wraps it).
  const combined: AnyRuntimeRule<CopyContext> = {
    id: 'copy/brand-voice/required-disclaimer',
    category: 'brand-voice',
    severity: 'error',
    check: (ctx) => rules.flatMap((r) => (r.applies && !r.applies(ctx) ? [] : r.check(ctx, undefined))),
  };
  return combined;
});
