// Table test for formatNotes through the shared rule-table harness, plus its weight (never a score change).
import { describe, expect, it } from 'vitest';
import { ruleTable } from '../../test-support/rule-table.js';
import { briefExampleContext } from '../pack.js';
import { formatNotes } from './format-notes.js';

ruleTable(formatNotes, {
  context: briefExampleContext,
  pin: ['severity', 'field', 'evidence', 'fix'],
  pass: [
    [
      'a kind and revloop keys',
      { contentType: 'blog-post', format: { kind: 'article', placements: ['google.search'] } },
    ],
    ['marketers’ spec keys', { contentType: 'blog-post', format: { kind: 'article', wordCount: 1200, images: 4 } }],
    ['a duration string', { contentType: 'video-ad', format: { kind: 'short-video', duration: '0:30' } }],
    ['no format at all', { contentType: 'blog-post' }],
    ['a format that is not an object', { format: 'article' }],
  ],
  fail: [
    [
      'no kind on a blog post',
      { contentType: 'blog-post', format: { wordCount: 1200 } },
      [
        {
          severity: 'info',
          field: 'format.kind',
          evidence: { text: 'article', limit: 'article, infographic' },
          fix: { kind: 'suggest', text: 'article' },
        },
      ],
    ],
    [
      'no kind on a timed promo asset',
      { contentType: 'promo-asset', format: { duration: '15s' } },
      [
        {
          severity: 'info',
          field: 'format.kind',
          evidence: { text: 'short-video', limit: 'static-image, carousel, short-video, email, sms, web-page' },
          fix: { kind: 'suggest', text: 'short-video' },
        },
      ],
    ],
    [
      'an unknown spec key',
      { format: { kind: 'static-image', colourway: 'red' } },
      [{ severity: 'info', field: 'format.colourway', evidence: { text: 'colourway' } }],
    ],
    [
      'an unknown key in nested specs',
      { format: { kind: 'static-image', specs: { colourway: 'red', images: 3 } } },
      [{ severity: 'info', field: 'format.specs.colourway', evidence: { text: 'colourway' } }],
    ],
    [
      'a spec given twice',
      { format: { kind: 'short-video', durationSec: 30, duration: '45s' } },
      [{ severity: 'info', field: 'format.duration', evidence: { text: 'duration' } }],
    ],
  ],
});

describe('brief/format-notes', () => {
  it('costs no points', () => {
    expect(formatNotes.weight).toBe(0);
    expect(formatNotes.severity).toBe('info');
  });

  it('names the ignored key and the keys it reads', () => {
    const ctx = briefExampleContext({ format: { kind: 'static-image', colourway: 'red' } });
    expect(formatNotes.check(ctx, undefined)[0]?.message).toBe(
      '"format.colourway" is not a format spec revloop reads, so it is ignored; the specs are kind, aspectRatio, durationSec, placements, dimensions, count, languages, wordCount, imageCount, pageCount (free text goes in notes).',
    );
  });
});
