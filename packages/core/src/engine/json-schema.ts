/** JSON Schema export of public zod schemas, so non-TypeScript tools can validate the same documents. */
import { type ZodType, z } from 'zod';
import { invalidInputError } from './errors.js';

/** A zod 4 schema carries its internals under `_zod`; `z.toJSONSchema` reads them. */
function isZodSchema(value: unknown): value is ZodType {
  return typeof value === 'object' && value !== null && typeof (value as { _zod?: unknown })._zod === 'object';
}

/** Converts each named schema with zod 4's `z.toJSONSchema`, draft 2020-12, input shape (what users write). */
export function toJsonSchemas(schemas: Readonly<Record<string, ZodType>>): Record<string, unknown> {
  if (typeof schemas !== 'object' || schemas === null || Array.isArray(schemas)) {
    throw invalidInputError('engine', 'schemas', schemas, 'an object of name → zod schema');
  }
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isZodSchema(schema)) throw invalidInputError('engine', `schemas.${name}`, schema, 'a zod schema');
    out[name] = {
      $id: `https://revloop.dev/schemas/${name}.json`,
      title: name,
      ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    };
  }
  return out;
}
