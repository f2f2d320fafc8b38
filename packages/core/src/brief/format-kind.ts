/** defaultFormatKind: a content type's default (first-listed) format, or its first video one when timed. */
import type { ContentTypeDefinition } from '../funnel/content-types.js';
import { VIDEO_FORMATS } from '../funnel/content-types.js';

/**
 * The catalog lists a content type's formats main one first (`blog-post`: article, then infographic), as
 * `briefTemplate` also assumes. A brief that gives a duration asks for footage, so the type's first video format wins
 * over a still default (a promo asset with `duration: "15s"` is a short video, not a static image); a type without
 * video formats keeps its default, and `brief/format-mismatch` then names the contradiction.
 */
export function defaultFormatKind(
  type: Pick<ContentTypeDefinition, 'formats'>,
  specs: { hasDuration?: boolean } = {},
): string | undefined {
  if (specs.hasDuration) {
    const video = type.formats.find((f) => VIDEO_FORMATS.has(f));
    if (video !== undefined) return video;
  }
  return type.formats[0];
}
