/** brief/format-mismatch: a format that conflicts with the content type or with its placements' specs. */

import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import { STILL_FORMATS, VIDEO_FORMATS } from '../../funnel/content-types.js';
import type { BriefContext } from '../context.js';
import { lookupAdPlacement, placementAspects, sameAspect } from '../placements.js';

export const formatMismatch = defineRule<BriefContext>({
  id: 'brief/format-mismatch',
  category: 'consistency',
  severity: 'warning',
  weight: 2,
  meta: {
    summary:
      'Flags a format.kind the content type does not use, a duration on a still format, a video without a duration, and an aspect ratio or duration a named placement does not accept (from the one placement catalog shared with copy; a former placement name such as "meta-feed" is accepted with an info finding).',
    rationale:
      'A brief that asks for a 9:16 video as a blog post, or a 4:5 image for Stories, contradicts itself; QA checks technical specs at the end, and catching the conflict at the brief saves the rework.',
    source:
      'Placement specs: Meta https://docslib.org/doc/11718590/facebook-instagram-graphic-recommendations-general (3% aspect tolerance) and https://developers.facebook.com/docs/marketing-api/advantage-catalog-ads/multi-ratio-images; TikTok https://ads.tiktok.com/help/article?aid=10002745; Pinterest https://help.pinterest.com/en/business/article/pinterest-product-specs; Google https://developers.google.com/google-ads/api/performance-max/asset-requirements (±1%); each placement lists its own sources in the catalog.',
    examples: {
      valid: [
        {
          input: {
            contentType: 'social-video',
            format: { kind: 'short-video', aspectRatio: '9:16', durationSec: 20, placements: ['tiktok.in-feed'] },
          },
        },
        {
          input: {
            contentType: 'static-image-ad',
            format: { kind: 'static-image', aspectRatio: '1.9:1', placements: ['meta.feed'] },
          },
          note: 'within 3% of 1.91:1',
        },
      ],
      invalid: [
        { input: { contentType: 'blog-post', format: { kind: 'short-video' } }, note: 'a blog post is an article' },
        { input: { contentType: 'promo-asset', format: { kind: 'static-image', durationSec: 15 } } },
        { input: { format: { kind: 'static-image', aspectRatio: '4:5', placements: ['meta.stories'] } } },
        {
          input: {
            format: { kind: 'short-video', aspectRatio: '9:16', durationSec: 90, placements: ['tiktok.in-feed'] },
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
    const media = STILL_FORMATS.has(format.kind) ? 'image' : VIDEO_FORMATS.has(format.kind) ? 'video' : undefined;
    for (const [i, id] of (format.placements ?? []).entries()) {
      const found = lookupAdPlacement(id);
      if (!found) continue;
      const p = found.placement;
      if (found.alias !== undefined) {
        out.push({
          field: `format.placements.${i}`,
          severity: 'info',
          message: `"${found.alias}" is the former name of the placement "${p.id}" (${p.label}); use "${p.id}", the id copy and QA use.`,
          evidence: { text: found.alias },
          fix: { kind: 'suggest', text: p.id },
        });
      }
      // The media's own ratios when the placement lists them, else every ratio it takes.
      const ratios = placementAspects(p, media).length > 0 ? placementAspects(p, media) : placementAspects(p);
      const tolerance = (media === 'video' ? p.video : p.image)?.aspectTolerance ?? 0.03;
      const aspect = format.aspectRatio;
      if (aspect && ratios.length > 0 && !ratios.some((r) => sameAspect(aspect, r.ratio, tolerance))) {
        const list = ratios.map((r) => r.ratio).join(', ');
        out.push({
          field: `format.placements.${i}`,
          message: `${p.label} takes ${list}, not ${aspect}; change the ratio or the placement.`,
          evidence: { text: aspect, limit: list },
        });
      }
      const d = format.durationSec;
      const range = p.video?.durationSec;
      if (d !== undefined && range && VIDEO_FORMATS.has(format.kind)) {
        const { min, max } = range;
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
