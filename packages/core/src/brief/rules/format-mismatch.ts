/** brief/format-mismatch: a format that conflicts with the content type or with its placements' specs. */

import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import { STILL_FORMATS, VIDEO_FORMATS } from '../../funnel/content-types.js';
import type { BriefContext } from '../context.js';
import { getBriefPlacement, sameAspect } from '../placements.js';

export const formatMismatch = defineRule<BriefContext>({
  id: 'brief/format-mismatch',
  category: 'consistency',
  severity: 'warning',
  weight: 2,
  meta: {
    summary:
      'Flags a format.kind the content type does not use, a duration on a still format, a video without a duration, and an aspect ratio or duration a named placement does not accept.',
    rationale:
      'A brief that asks for a 9:16 video as a blog post, or a 4:5 image for Stories, contradicts itself; QA checks technical specs at the end, and catching the conflict at the brief saves the rework.',
    source:
      'Seed article, step 5 (QA checks image dimensions and specs); creative-ops.md §3 placement specs (Meta, TikTok, Pinterest, Amazon, Google) with 3% aspect tolerance.',
    examples: {
      valid: [
        {
          input: {
            contentType: 'social-video',
            format: { kind: 'short-video', aspectRatio: '9:16', durationSec: 20, placements: ['tiktok-in-feed'] },
          },
        },
        {
          input: {
            contentType: 'static-image-ad',
            format: { kind: 'static-image', aspectRatio: '1.9:1', placements: ['meta-feed'] },
          },
          note: 'within 3% of 1.91:1',
        },
      ],
      invalid: [
        { input: { contentType: 'blog-post', format: { kind: 'short-video' } }, note: 'a blog post is an article' },
        { input: { contentType: 'promo-asset', format: { kind: 'static-image', durationSec: 15 } } },
        { input: { format: { kind: 'static-image', aspectRatio: '4:5', placements: ['meta-stories'] } } },
        {
          input: {
            format: { kind: 'short-video', aspectRatio: '9:16', durationSec: 90, placements: ['tiktok-in-feed'] },
          },
        },
      ],
    },
  },
  applies: (ctx) => ctx.brief.format !== undefined,
  check: (ctx) => {
    const format = ctx.brief.format!;
    const out: RuleFinding[] = [];
    const type = ctx.contentType;
    if (type && !type.formats.includes(format.kind)) {
      const alternatives = Object.values(ctx.catalog.contentTypes)
        .filter(
          (t) =>
            t.formats.includes(format.kind) && (!ctx.brief.funnelStage || t.stages.includes(ctx.brief.funnelStage)),
        )
        .map((t) => t.id);
      out.push({
        field: 'format.kind',
        message: `A ${type.label.toLowerCase()} is made as ${type.formats.join(' or ')}, not "${format.kind}"; change the format${alternatives.length > 0 ? ` or use content type ${alternatives.slice(0, 3).join(', ')}` : ''}.`,
        evidence: { text: format.kind, limit: type.formats.join(', ') },
      });
    }
    if (format.durationSec !== undefined && STILL_FORMATS.has(format.kind)) {
      out.push({
        field: 'format.durationSec',
        message: `A ${format.kind} has no running time, but the brief sets durationSec ${format.durationSec}; make it a video format or drop the duration.`,
        evidence: { value: format.durationSec, unit: 's' },
      });
    }
    if (format.durationSec === undefined && VIDEO_FORMATS.has(format.kind)) {
      out.push({
        field: 'format.durationSec',
        severity: 'info',
        message: 'The video has no durationSec; give the target length so scripting and edits can plan for it.',
      });
    }
    for (const [i, id] of (format.placements ?? []).entries()) {
      const p = getBriefPlacement(id);
      if (!p) continue;
      if (format.aspectRatio && p.aspectRatios && !p.aspectRatios.some((r) => sameAspect(format.aspectRatio!, r))) {
        out.push({
          field: `format.placements.${i}`,
          message: `${p.label} takes ${p.aspectRatios.join(', ')}, not ${format.aspectRatio}; change the ratio or the placement.`,
          evidence: { text: format.aspectRatio, limit: p.aspectRatios.join(', ') },
        });
      }
      const d = format.durationSec;
      if (d !== undefined && p.durationSec && VIDEO_FORMATS.has(format.kind)) {
        const { min, max } = p.durationSec;
        if ((min !== undefined && d < min) || (max !== undefined && d > max)) {
          out.push({
            field: `format.placements.${i}`,
            message: `${p.label} video runs ${min ?? 0}–${max ?? '∞'} s, but the brief asks for ${d} s.`,
            evidence: { value: d, limit: `${min ?? 0}–${max ?? '∞'}`, unit: 's' },
          });
        }
      }
    }
    return out;
  },
});
