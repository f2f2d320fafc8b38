/** Discovery of every exported rule pack and public schema, for docs, JSON Schema export and meta-tests. */
import type { ZodType } from 'zod';
import type { RulePack } from './engine/rule.js';
import * as core from './index.js';

function isPack(value: unknown): value is RulePack<unknown> {
  return typeof value === 'object' && value !== null && 'rules' in value && 'exampleContext' in value;
}

/** Every pack exported as `*RulePack` or in a `*RulePacks` array, in export-name order. */
export function discoverRulePacks(): RulePack<unknown>[] {
  const packs: RulePack<unknown>[] = [];
  for (const [name, value] of Object.entries(core).sort(([a], [b]) => a.localeCompare(b))) {
    if (name.endsWith('RulePack') && isPack(value)) packs.push(value);
    if (name.endsWith('RulePacks') && Array.isArray(value)) packs.push(...value.filter(isPack));
  }
  const seen = new Set<string>();
  return packs.filter((p) => !seen.has(p.id) && seen.add(p.id));
}

/** Every schema exported in a `*Schemas` record, keyed by schema name. */
export function discoverSchemas(): Record<string, ZodType> {
  const out: Record<string, ZodType> = {};
  for (const [name, value] of Object.entries(core).sort(([a], [b]) => a.localeCompare(b))) {
    if (name.endsWith('Schemas') && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      Object.assign(out, value);
    }
  }
  return out;
}
