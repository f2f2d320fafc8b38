// Table test for defaultFormatKind: every built-in content type's default, and the video format a duration asks for.
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPE_CATALOG, VIDEO_FORMATS } from '../funnel/content-types.js';
import { defaultFormatKind } from './format-kind.js';

describe('defaultFormatKind', () => {
  it.each([
    ['blog-post', {}, 'article'],
    ['blog-post', { hasDuration: true }, 'article'],
    ['pdp', {}, 'product-page'],
    ['email-flow', {}, 'email'],
    ['social-video', {}, 'short-video'],
    ['brand-story', { hasDuration: true }, 'long-video'],
    ['promo-asset', {}, 'static-image'],
    ['promo-asset', { hasDuration: true }, 'short-video'],
    ['unboxing-content', { hasDuration: true }, 'short-video'],
    ['static-image-ad', { hasDuration: true }, 'static-image'],
  ] as const)('%s with %j is %s', (id, specs, kind) => {
    expect(defaultFormatKind(CONTENT_TYPE_CATALOG[id], specs)).toBe(kind);
  });

  it('is one of the type’s own formats for every built-in type, with and without a duration', () => {
    for (const type of Object.values(CONTENT_TYPE_CATALOG)) {
      expect(type.formats).toContain(defaultFormatKind(type));
      const timed = defaultFormatKind(type, { hasDuration: true });
      expect(type.formats).toContain(timed);
      expect(VIDEO_FORMATS.has(timed!) || !type.formats.some((f) => VIDEO_FORMATS.has(f))).toBe(true);
    }
  });

  it('is undefined for a type without formats', () => {
    expect(defaultFormatKind({ formats: [] })).toBeUndefined();
  });
});
