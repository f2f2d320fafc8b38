/** Public zod schemas of the brief module, for JSON Schema export. */
import { BriefSchema } from './schema.js';

export const briefSchemas = { Brief: BriefSchema } as const;
