/** Builds a copy placeholders rule from kinds of the shared placeholder detector, so copy and briefs agree. */

import { detectPlaceholders, type PlaceholderHit, type PlaceholderKind } from '../../../detect/placeholders.js';
import type { RuleFinding } from '../../../engine/finding.js';
import { defineRuntimeRule, type RuntimeRule } from '../../../engine/rule.js';
import { type CopyContext, copyMemo } from '../../context.js';

/** E-mail and SMS platforms fill merge tags at send time: there `{{first_name}}` is personalisation, not a gap. */
export function copyMergeTagsFilledAtSend(ctx: CopyContext): boolean {
  return ctx.placement.platform === 'email' || ctx.placement.platform === 'sms';
}

/** The detector's hits for this lint, computed once and shared by the placeholder rules. */
export function copyPlaceholderHits(ctx: CopyContext): readonly PlaceholderHit[] {
  return copyMemo(ctx, 'detect/placeholders', () =>
    detectPlaceholders(ctx.text, { mergeTagsFilledAtSend: copyMergeTagsFilledAtSend(ctx) }),
  );
}

export interface CopyPlaceholderRuleSpec {
  id: string;
  kinds: readonly PlaceholderKind[];
  /** `{match}` is the placeholder found. */
  message: string;
}

export function copyPlaceholderRule(spec: CopyPlaceholderRuleSpec): RuntimeRule<CopyContext> {
  const kinds = new Set(spec.kinds);
  return defineRuntimeRule<CopyContext>({
    id: spec.id,
    category: 'placeholders',
    severity: 'error',
    check(ctx) {
      const out: RuleFinding[] = [];
      for (const hit of copyPlaceholderHits(ctx)) {
        if (!kinds.has(hit.kind)) continue;
        out.push({
          message: spec.message.replace('{match}', hit.text),
          range: hit.range,
          evidence: { text: hit.text },
        });
      }
      return out;
    },
  });
}
