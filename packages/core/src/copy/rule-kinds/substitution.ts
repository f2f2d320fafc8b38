/** Substitution rule kind: use X instead of Y, with a safe replace fix (Vale `substitution`). */
import { defineRule, type Rule, type RuleFinding } from '../../engine/index.js';
import type { CopyContext } from '../context.js';
import { compileCopyPhrases, findCopyPhrases } from '../matcher.js';
import { type CopyRuleSpec, copyRuleBase, fillMessage, matchCase } from './common.js';

export interface CopySubstitutionSpec extends CopyRuleSpec {
  /** `{ avoided: preferred }`. */
  swap: Readonly<Record<string, string>>;
  /** `{match}` is the text found, `{use}` the preferred term. */
  message?: string;
}

export function copySubstitutionRule(spec: CopySubstitutionSpec): Rule<CopyContext, undefined> {
  const matcher = compileCopyPhrases(Object.entries(spec.swap), { plurals: false });
  const template = spec.message ?? 'Use "{use}" instead of "{match}".';
  return defineRule<CopyContext>({
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
