// Tests for toJsonSchemas: named JSON Schemas from zod schemas, and typed errors for anything that is not one.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { invalidInputTable } from './invalid-input-table.js';
import { toJsonSchemas } from './json-schema.js';

describe('toJsonSchemas', () => {
  it('converts each named schema with its id and title', () => {
    const out = toJsonSchemas({ Point: z.object({ x: z.number() }) });
    expect(out.Point).toMatchObject({
      $id: 'https://revloop.dev/schemas/Point.json',
      title: 'Point',
      type: 'object',
      properties: { x: { type: 'number' } },
    });
  });

  invalidInputTable('engine', [
    ['no argument', () => (toJsonSchemas as () => unknown)(), 'schemas'],
    ['a string', () => toJsonSchemas('http://a.aa' as never), 'schemas'],
    ['an array', () => toJsonSchemas([z.string()] as never), 'schemas'],
    [
      'a value that is not a schema',
      () => toJsonSchemas({ A: z.string(), B: { type: 'string' } } as never),
      'schemas.B',
    ],
  ]);
});
