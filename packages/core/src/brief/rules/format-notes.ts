/** brief/format-notes: how the format was read (a kind inferred, spec keys ignored), as info that is never scored. */
import { defineRule } from '../../engine/rule.js';
import type { BriefContext } from '../context.js';

export const formatNotes = defineRule<BriefContext>({
  id: 'brief/format-notes',
  category: 'completeness',
  severity: 'info',
  // Advice about reading, not a flaw of the brief: a note must never cost a complete brief a point.
  weight: 0,
  meta: {
    summary:
      'Says, as info that costs no points, how the format was read: a missing format.kind taken from the content type (its default format, or its first video format when a duration is given), a format key revloop does not read (naming its path, e.g. format.colourway), and a spec given twice under two spellings.',
    rationale:
      'Marketers write specs their own way (wordCount, images, pages, duration: "30s") and often leave the format kind to the content type; reading them keeps a complete brief complete, and saying what was inferred or ignored lets the writer correct a wrong guess.',
    source:
      'revloop issue 14; creative brief deliverable specs: https://www.tempo.io/blog/creative-brief-template ; https://www.flighted.co/blog/how-to-write-a-facebook-creative-brief.',
    examples: {
      valid: [
        {
          input: { contentType: 'blog-post', format: { kind: 'article', wordCount: 1200, images: 4 } },
          note: 'images is read as imageCount',
        },
        {
          input: { contentType: 'social-video', format: { kind: 'short-video', duration: '0:30' } },
          note: 'duration "0:30" is read as durationSec 30',
        },
      ],
      invalid: [
        { input: { contentType: 'blog-post', format: { wordCount: 1200 } }, note: 'kind read as "article"' },
        { input: { format: { kind: 'static-image', colourway: 'red' } }, note: 'format.colourway is ignored' },
      ],
    },
  },
  applies: (ctx) => ctx.formatNotes.length > 0,
  check: (ctx) =>
    ctx.formatNotes.map((n) => ({
      field: n.field,
      message: n.message,
      ...(n.evidence ? { evidence: n.evidence } : {}),
      ...(n.fix ? { fix: n.fix } : {}),
    })),
});
