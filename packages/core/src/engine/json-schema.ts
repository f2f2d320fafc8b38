/** JSON Schema export of public zod schemas, so non-TypeScript tools can validate the same documents. */
import { type ZodType, z } from 'zod';

/** Converts each named schema with zod 4's `z.toJSONSchema`, draft 2020-12, input shape (what users write). */
export function toJsonSchemas(schemas: Readonly<Record<string, ZodType>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    out[name] = {
      $id: `https://revloop.dev/schemas/${name}.json`,
      title: name,
      ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    };
  }
  return out;
}
