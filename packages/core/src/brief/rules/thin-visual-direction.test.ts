// Table test for thinVisualDirection through the shared rule-table harness, plus checks of messages and options.
import { describe, expect, it } from 'vitest';
import { pinFindings, ruleTable, runRuleOn } from '../../test-support/rule-table.js';
import { briefExampleContext } from '../pack.js';
import { thinVisualDirection } from './thin-visual-direction.js';

ruleTable(thinVisualDirection, {
  context: briefExampleContext,
  pin: ['field', 'severity'],
  pass: [
    [
      'concrete direction',
      {
        visualDirection:
          'Hands lacing a shoe on wet granite at dawn, shallow depth of field, muted greens and slate greys',
      },
    ],
    [
      'short with references',
      { visualDirection: { description: 'Like the spring catalogue', references: ['ref.jpg'] } },
    ],
    ['short with brief-level references', { visualDirection: 'Like the spring catalogue', references: ['ref.jpg'] }],
    [
      'concrete words spread over palette and dos',
      {
        visualDirection: {
          description: 'Flat lay',
          palette: 'sand beige, forest green',
          dos: ['show the zip pull', 'real fabric texture'],
        },
      },
    ],
    ['no visual direction', {}],
  ],
  fail: [
    [
      'make it pop',
      { visualDirection: 'Clean, modern, make it pop' },
      [{ field: 'visualDirection', severity: 'warning' }],
    ],
    [
      'premium lifestyle',
      { visualDirection: { description: 'Premium look, lifestyle shots' } },
      [{ field: 'visualDirection.description', severity: 'warning' }],
    ],
    [
      'empty references do not help',
      { visualDirection: { description: 'On brand', references: [] } },
      [{ field: 'visualDirection.description', severity: 'warning' }],
    ],
  ],
});

describe('brief/thin-visual-direction', () => {
  it('counts concrete words against the option', () => {
    const [f] = runRuleOn(thinVisualDirection, briefExampleContext({ visualDirection: 'Product on model, outdoors' }));
    expect(f?.evidence).toEqual({ text: 'Product on model, outdoors', value: 3, limit: 8, unit: 'concrete words' });
    expect(
      pinFindings(
        runRuleOn(thinVisualDirection, briefExampleContext({ visualDirection: 'Product on model, outdoors' }), {
          minConcreteWords: 3,
        }),
        ['field', 'severity'],
      ),
    ).toEqual([]);
  });
});
