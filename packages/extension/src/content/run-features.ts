/** Runs every feature whose cheap `include` accepts the page, each with one shared AbortSignal. */
import type { ExtensionSettings } from '../settings/schema.js';
import type { ContentFeature } from './feature.js';

export interface RunResult {
  id: string;
  ran: boolean;
  error?: string;
}

export async function runFeatures(
  features: readonly ContentFeature[],
  base: { url: URL; document: Document; settings: ExtensionSettings },
  signal: AbortSignal,
): Promise<RunResult[]> {
  const results: RunResult[] = [];
  for (const feature of features) {
    if (signal.aborted) break;
    let included = false;
    try {
      included = feature.include(base);
    } catch (error) {
      results.push({ id: feature.id, ran: false, error: String(error) });
      continue;
    }
    if (!included) {
      results.push({ id: feature.id, ran: false });
      continue;
    }
    try {
      const ran = await feature.init({ ...base, signal });
      results.push({ id: feature.id, ran: ran !== false });
    } catch (error) {
      console.warn(`[revloop] feature ${feature.id} failed`, error);
      results.push({ id: feature.id, ran: false, error: String(error) });
    }
  }
  return results;
}
