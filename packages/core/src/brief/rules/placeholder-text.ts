/** brief/placeholder-text: "TBD", "lorem ipsum", "[insert …]" and other unfilled markers in any field. */

import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import type { BriefContext } from '../context.js';
import { findPlaceholder, forEachString } from '../text.js';

const MERGE_TAG_FORMATS = new Set(['email', 'sms']);

export const placeholderText = defineRule<BriefContext>({
  id: 'brief/placeholder-text',
  category: 'completeness',
  severity: 'error',
  meta: {
    summary:
      'Flags any field that still holds placeholder text, as the shared placeholder detector finds it (the same one copy uses): TBD/TBC/TODO, lorem ipsum, "[insert …]", "[Product Name]", "<your …>", "{{…}}" (except in e-mail and SMS briefs, where the sender fills merge tags), "n/a", a bare "???" or "XXX".',
    rationale:
      'A placeholder looks like an answer to a form and to a skim-reading approver, but the brief is still vague; revloop treats it as an unanswered field.',
    source:
      'Seed article step 2 ("Vague briefs are the single biggest source of revision waste"). Sources: https://www.betterbriefs.com/library/the-200bn-black-hole.',
    examples: {
      valid: [{ input: { title: 'Spring running guide', keyMessage: 'Grip you can trust on wet trails' } }],
      invalid: [
        { input: { keyMessage: 'TBD' } },
        { input: { title: 'Lorem ipsum dolor' } },
        { input: { audience: { segment: '[insert persona]' } } },
        { input: { requiredClaims: [{ text: 'Lasts 12 hours', substantiation: '???' }] } },
        { input: { keyMessage: 'Meet [Product Name], the serum for dry skin' }, note: 'a template slot' },
      ],
    },
  },
  check: (ctx) => {
    const out: RuleFinding[] = [];
    const brief = ctx.brief as Record<string, unknown>;
    // E-mail and SMS platforms fill merge tags at send time, as copy treats them in e-mail and SMS placements.
    const options = { mergeTagsFilledAtSend: MERGE_TAG_FORMATS.has(ctx.brief.format?.kind ?? '') };
    for (const key of Object.keys(brief)) {
      forEachString(brief[key], key, (text, path) => {
        const m = findPlaceholder(text, options);
        if (!m) return;
        const field = path();
        out.push({
          field,
          message: `"${field}" still holds the placeholder "${m}"; replace it with the real content before the brief goes out.`,
          evidence: { text: m },
        });
      });
    }
    return out;
  },
});
