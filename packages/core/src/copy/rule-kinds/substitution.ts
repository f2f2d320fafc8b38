/** Substitution rule kind: use X instead of Y, with a safe replace fix (Vale `substitution`). */

import type { RuleFinding } from '../../engine/index.js';
import { requireCopyObject, requireCopyRuleSpec } from '../input.js';
import { compileCopyPhrases, findCopyPhrases } from '../matcher.js';
import { type CopyKindRule, type CopyRuleSpec, copyKindRule, copyRuleBase, fillMessage, matchCase } from './common.js';

export interface CopySubstitutionSpec extends CopyRuleSpec {
  /** `{ avoided: preferred }`. */
  swap: Readonly<Record<string, string>>;
  /** `{match}` is the text found, `{use}` the preferred term. */
  message?: string;
}

export function copySubstitutionRule<S extends CopySubstitutionSpec>(spec: S): CopyKindRule<S> {
  requireCopyRuleSpec(spec, 'copySubstitutionRule');
  requireCopyObject(spec.swap, 'copySubstitutionRule(spec).swap');
  const matcher = compileCopyPhrases(Object.entries(spec.swap), { plurals: false });
  const template = spec.message ?? 'Use "{use}" instead of "{match}".';
  return copyKindRule<S>({
    ...copyRuleBase(spec),
    check(ctx) {
      const out: RuleFinding[] = [];
      for (const hit of findCopyPhrases(ctx.tokens, matcher)) {
        const matched = ctx.text.slice(hit.start, hit.end);
        const use = matchCase(matched, hit.value);
        if (use === matched) continue;
        out.push({
          message: fillMessage(template, { match: matched, use: hit.value }),
          range: [hit.start, hit.end],
          evidence: { text: matched },
          fix: { kind: 'replace', range: [hit.start, hit.end], text: use },
        });
      }
      return out;
    },
  });
}
