/** Substitution rule kind: use X instead of Y, with a safe replace fix (Vale `substitution`). */
import { defineRule, type Rule, type RuleFinding } from '../../engine/index.js';
import type { CopyContext } from '../context.js';
import { compileCopyPhrases, findCopyPhrases } from '../matcher.js';
import { type CopyRuleSpec, fillMessage, matchCase, placementFilter } from './common.js';

export interface CopySubstitutionSpec extends CopyRuleSpec {
  /** `{ avoided: preferred }`. */
  swap: Readonly<Record<string, string>>;
  /** `{match}` is the text found, `{use}` the preferred term. */
  message?: string;
}

export function copySubstitutionRule(spec: CopySubstitutionSpec): Rule<CopyContext, undefined> {
  const matcher = compileCopyPhrases(Object.entries(spec.swap), { plurals: false });
  const applies = placementFilter(spec);
  const template = spec.message ?? 'Use "{use}" instead of "{match}".';
  return defineRule<CopyContext>({
    id: spec.id,
    category: spec.category,
    severity: spec.severity,
    ...(spec.weight !== undefined ? { weight: spec.weight } : {}),
    meta: spec.meta,
    ...(applies ? { applies } : {}),
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
