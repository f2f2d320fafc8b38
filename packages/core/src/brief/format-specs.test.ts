// Table test for readBriefFormat: spellings, value conversion, nested specs, kind inference and unknown-key notes.
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPE_CATALOG } from '../funnel/content-types.js';
import {
  FORMAT_SPEC_ALIASES,
  FORMAT_SPEC_KEYS,
  formatSpecKeyOf,
  MAX_UNKNOWN_SPEC_NOTES,
  readBriefFormat,
} from './format-specs.js';
import { BriefFormatSchema } from './schema.js';

const blog = CONTENT_TYPE_CATALOG['blog-post'];
const promo = CONTENT_TYPE_CATALOG['promo-asset'];
type Row = [
  name: string,
  raw: Record<string, unknown>,
  type: (typeof CONTENT_TYPE_CATALOG)[keyof typeof CONTENT_TYPE_CATALOG] | undefined,
  expected: { format: Record<string, unknown>; notes?: [string, string][]; issues?: string[] },
];

const ROWS: Row[] = [
  [
    'revloop keys pass through',
    { kind: 'article', durationSec: 30, count: 2 },
    blog,
    { format: { kind: 'article', durationSec: 30, count: 2 } },
  ],
  [
    'the keys marketers write',
    { kind: 'article', wordCount: 1200, images: 4, pages: 2, duration: 30 },
    blog,
    { format: { kind: 'article', wordCount: 1200, imageCount: 4, pageCount: 2, durationSec: 30 } },
  ],
  [
    'snake, kebab and spaced spellings',
    { type: 'article', word_count: '1,200', 'image-count': 3, 'Aspect Ratio': '16:9', duration_seconds: '45s' },
    blog,
    { format: { kind: 'article', wordCount: 1200, imageCount: 3, aspectRatio: '16:9', durationSec: 45 } },
  ],
  [
    'a clock duration',
    { kind: 'short-video', duration: '0:30' },
    undefined,
    { format: { kind: 'short-video', durationSec: 30 } },
  ],
  [
    'a "2 min" durationSec',
    { kind: 'long-video', durationSec: '2 min' },
    undefined,
    { format: { kind: 'long-video', durationSec: 120 } },
  ],
  [
    'lists written as one string',
    { kind: 'static-image', placement: 'meta.feed', languages: 'en-GB, de-DE' },
    undefined,
    { format: { kind: 'static-image', placements: ['meta.feed'], languages: ['en-GB', 'de-DE'] } },
  ],
  [
    'a nested specs object',
    { kind: 'article', specs: { words: 900, colourway: 'red' } },
    blog,
    { format: { kind: 'article', wordCount: 900 }, notes: [['unknown-spec', 'format.specs.colourway']] },
  ],
  [
    'no kind: the content type’s default',
    { wordCount: 1200 },
    blog,
    { format: { kind: 'article', wordCount: 1200 }, notes: [['kind-inferred', 'format.kind']] },
  ],
  [
    'a blank kind: the default too',
    { kind: '  ' },
    blog,
    { format: { kind: 'article' }, notes: [['kind-inferred', 'format.kind']] },
  ],
  [
    'no kind with a duration: the first video format',
    { duration: '15s' },
    promo,
    { format: { kind: 'short-video', durationSec: 15 }, notes: [['kind-inferred', 'format.kind']] },
  ],
  ['no kind, no content type: nothing inferred', { wordCount: 1200 }, undefined, { format: { wordCount: 1200 } }],
  [
    'an unknown key is a note, not a value',
    { kind: 'static-image', colourway: 'red', constructor: 1 },
    undefined,
    {
      format: { kind: 'static-image' },
      notes: [
        ['unknown-spec', 'format.colourway'],
        ['unknown-spec', 'format.constructor'],
      ],
    },
  ],
  [
    'the revloop spelling wins over an alias, wherever it is',
    { duration: '45s', durationSec: 30, kind: 'short-video' },
    undefined,
    { format: { kind: 'short-video', durationSec: 30 }, notes: [['repeated-spec', 'format.duration']] },
  ],
  [
    'the first of two aliases wins',
    { kind: 'article', words: 800, word_count: 900 },
    undefined,
    { format: { kind: 'article', wordCount: 800 }, notes: [['repeated-spec', 'format.word_count']] },
  ],
  [
    'an unreadable duration and count are issues, left out of the format',
    { kind: 'short-video', duration: 'soon', words: 'lots' },
    undefined,
    { format: { kind: 'short-video' }, issues: ['format.duration', 'format.words'] },
  ],
  [
    'blank values are not given',
    { kind: 'article', duration: '', images: null },
    undefined,
    { format: { kind: 'article' } },
  ],
  [
    'a value of the wrong type is left for the schema to name',
    { kind: 'article', images: [1, 2] },
    undefined,
    { format: { kind: 'article', imageCount: [1, 2] } },
  ],
];

describe('readBriefFormat', () => {
  it.each(ROWS)('%s', (_name, raw, type, expected) => {
    const r = readBriefFormat(raw, type);
    expect(r.format).toEqual(expected.format);
    expect(r.notes.map((n) => [n.reason, n.field])).toEqual(expected.notes ?? []);
    expect(r.issues.map((i) => i.field)).toEqual(expected.issues ?? []);
  });

  it('says what it inferred and from what', () => {
    const [note] = readBriefFormat({}, blog).notes;
    expect(note).toMatchObject({
      field: 'format.kind',
      evidence: { text: 'article', limit: 'article, infographic' },
      fix: { kind: 'suggest', text: 'article' },
    });
    expect(note?.message).toBe(
      '"format.kind" is not given, so it is read as "article", the default format of content type "blog-post"; set format.kind if the asset is infographic.',
    );
  });

  it('names the key as written in a conversion issue', () => {
    expect(readBriefFormat({ kind: 'short-video', 'run time': 'a while' }).issues).toEqual([
      {
        field: 'format.run time',
        message: '"format.run time" must be a duration in seconds (30, "30s", "0:30" or "2 min"); got "a while".',
      },
    ]);
  });

  it('caps unknown-key notes and says how many more there were', () => {
    const raw = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`x${i}`, i]));
    const notes = readBriefFormat(raw).notes;
    expect(notes).toHaveLength(MAX_UNKNOWN_SPEC_NOTES + 1);
    expect(notes.at(-1)).toMatchObject({ field: 'format', evidence: { value: 1000 - MAX_UNKNOWN_SPEC_NOTES } });
  });

  it('maps every alias to a schema key, and every schema key to itself', () => {
    const shape = Object.keys(BriefFormatSchema.shape);
    for (const key of Object.values(FORMAT_SPEC_ALIASES)) expect(shape).toContain(key);
    for (const key of FORMAT_SPEC_KEYS) expect(formatSpecKeyOf(key)).toBe(key);
    expect(formatSpecKeyOf('toString')).toBeUndefined();
    expect(formatSpecKeyOf('__proto__')).toBeUndefined();
  });

  it('reads a format whose result the schema accepts', () => {
    const r = readBriefFormat({ images: '4', duration: '1:30', placement: 'tiktok.in-feed' }, promo);
    expect(BriefFormatSchema.safeParse(r.format).success).toBe(true);
  });
});
