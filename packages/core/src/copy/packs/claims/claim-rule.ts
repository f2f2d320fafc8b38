/** Builds a copy claims rule from one class of the shared claims detector, so copy and briefs judge claims alike. */

import { type ClaimClass, detectClaimsIn } from '../../../detect/claims.js';
import type { RuleFinding, Severity } from '../../../engine/finding.js';
import { defineRuntimeRule, type RuntimeRule } from '../../../engine/rule.js';
import type { CopyContext } from '../../context.js';
import { isCopyClaimSubstantiated } from '../substantiated.js';

export interface CopyClaimRuleSpec {
  id: string;
  claimClass: ClaimClass;
  severity: Severity;
  /** False where a substantiated allow-list entry cannot excuse the wording ("new" is about time, not evidence). */
  substantiable: boolean;
}

/** One finding per detector hit of the class, minus hits the team substantiated in `CopyConfig.substantiatedClaims`. */
export function copyClaimRule(spec: CopyClaimRuleSpec): RuntimeRule<CopyContext> {
  return defineRuntimeRule<CopyContext>({
    id: spec.id,
    category: 'claims',
    severity: spec.severity,
    check(ctx) {
      const out: RuleFinding[] = [];
      for (const hit of detectClaimsIn(ctx)) {
        if (hit.class !== spec.claimClass) continue;
        if (spec.substantiable && isCopyClaimSubstantiated(ctx, { start: hit.range[0], end: hit.range[1] })) continue;
        out.push({
          message: hit.reason,
          range: hit.range,
          evidence: { text: hit.text },
          // The rewrite changes meaning, so a human applies it: a `suggest`, never a `replace`.
          ...(hit.compliantRewrite !== undefined ? { fix: { kind: 'suggest', text: hit.compliantRewrite } } : {}),
          ...(hit.severity !== spec.severity ? { severity: hit.severity } : {}),
        });
      }
      return out;
    },
  });
}
