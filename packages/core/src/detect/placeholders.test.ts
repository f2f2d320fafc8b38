// Tests for detectPlaceholders: exact kinds and ranges, merge tags in e-mail context, 100 kB adversarial inputs.
import { describe, expect, it } from 'vitest';
import { detectPlaceholders } from './placeholders.js';

const hits = (text: string, mergeTagsFilledAtSend = false) =>
  detectPlaceholders(text, { mergeTagsFilledAtSend }).map((h) => [h.kind, ...h.range]);

describe('detectPlaceholders', () => {
  it.each<[string, (string | number)[][]]>([
    ['Meet [Product Name] today', [['slot', 5, 19]]],
    ['[insert persona]', [['slot', 0, 16]]],
    ['<your name>', [['slot', 0, 11]]],
    ['Hi {{first_name}}!', [['merge-tag', 3, 17]]],
    ['Hey *|FNAME|*', [['merge-tag', 4, 13]]],
    ['Hi %%FirstName%%', [['merge-tag', 3, 16]]],
    ['Save XX% now', [['filler', 5, 8]]],
    [
      'Lorem ipsum dolor sit amet',
      [
        ['lorem', 0, 11],
        ['lorem', 12, 26],
      ],
    ],
    ['Warranty: TBD', [['todo', 10, 13]]],
    ['budget tbc', [['todo', 7, 10]]],
    ['Bullet 3: COPY PENDING', [['todo', 10, 22]]],
    ['Material: N/A', [['pending', 10, 13]]],
    ['Price: ???', [['unknown', 7, 10]]],
    ['Save [TBD] today', [['slot', 5, 10]]],
  ])('finds %s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it.each(['Includes [2] filters and [sic] notes', 'Para todo el día', 'Really???', 'Banana bread', 'Style #4301'])(
    'ignores %s',
    (text) => {
      expect(hits(text)).toEqual([]);
    },
  );

  it('leaves merge tags out where the sender fills them, but not slots', () => {
    expect(hits('Hi {{first_name}}, meet [Product Name]', true)).toEqual([['slot', 24, 38]]);
  });

  describe('100 kB adversarial inputs', () => {
    it.each<[string, string, (string | number)[][]]>([
      ['an unclosed bracket', `[insert ${'a'.repeat(100_000)} TBD`, [['todo', 100_009, 100_012]]],
      ['unclosed braces', `${'{{'.repeat(50_000)}`, []],
      ['unclosed angle slots', `${'<insert '.repeat(12_500)}`, []],
      ['question marks after words', 'why???'.repeat(16_000), []],
      ['X runs', `${'X'.repeat(100_000)}y`, []],
    ])('%s', (_name, text, expected) => {
      expect(hits(text)).toEqual(expected);
    });
  });
});
