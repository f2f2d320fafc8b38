/** Public zod schemas of the engine, for JSON Schema export. */
import { EngineConfigSchema } from './config.js';
import { FindingSchema } from './finding.js';

export const engineSchemas = { EngineConfig: EngineConfigSchema, Finding: FindingSchema } as const;
