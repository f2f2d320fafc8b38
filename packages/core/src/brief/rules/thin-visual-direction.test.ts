import { describe, expect, it } from 'vitest';
import { briefRuleFields, runBriefRule } from './harness.js';
import { thinVisualDirection } from './thin-visual-direction.js';

describe('brief/thin-visual-direction', () => {
  it.each<[string, unknown, [string, string][]]>([
    [
      'concrete direction',
      {
        visualDirection:
          'Hands lacing a shoe on wet granite at dawn, shallow depth of field, muted greens and slate greys',
      },
      [],
    ],
    [
      'short with references',
      { visualDirection: { description: 'Like the spring catalogue', references: ['ref.jpg'] } },
      [],
    ],
    [
      'short with brief-level references',
      { visualDirection: 'Like the spring catalogue', references: ['ref.jpg'] },
      [],
    ],
    [
      'concrete words spread over palette and dos',
      {
        visualDirection: {
          description: 'Flat lay',
          palette: 'sand beige, forest green',
          dos: ['show the zip pull', 'real fabric texture'],
        },
      },
      [],
    ],
    ['no visual direction', {}, []],
    ['make it pop', { visualDirection: 'Clean, modern, make it pop' }, [['visualDirection', 'warning']]],
    [
      'premium lifestyle',
      { visualDirection: { description: 'Premium look, lifestyle shots' } },
      [['visualDirection.description', 'warning']],
    ],
    [
      'empty references do not help',
      { visualDirection: { description: 'On brand', references: [] } },
      [['visualDirection.description', 'warning']],
    ],
  ])('%s', (_name, input, expected) => {
    expect(briefRuleFields(thinVisualDirection, input)).toEqual(expected);
  });

  it('counts concrete words against the option', () => {
    const [f] = runBriefRule(thinVisualDirection, { visualDirection: 'Product on model, outdoors' });
    expect(f?.evidence).toEqual({ text: 'Product on model, outdoors', value: 3, limit: 8, unit: 'concrete words' });
    expect(
      briefRuleFields(thinVisualDirection, { visualDirection: 'Product on model, outdoors' }, { minConcreteWords: 3 }),
    ).toEqual([]);
  });
});
