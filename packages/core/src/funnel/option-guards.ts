/** Option guards for the funnel and brief entries: an options object and a catalog, checked once at the entry. */
import { invalidInputError } from '../engine/errors.js';
import { DEFAULT_FUNNEL_CATALOG, type FunnelCatalog } from './catalog.js';

// Not exported from the funnel index: these are entry checks, not API.

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The catalog's shape (not every entry: catalogs come from `createFunnelCatalog`, which validates them). */
export function isFunnelCatalog(value: unknown): value is FunnelCatalog {
  return (
    isRecord(value) &&
    Array.isArray(value.stages) &&
    isRecord(value.contentTypes) &&
    isRecord(value.kpis) &&
    Array.isArray(value.formats) &&
    isRecord(value.stagePrimaryKpis)
  );
}

/**
 * A `catalog` option: absent or null means the default catalog; anything else that is not a catalog throws
 * `<module>/invalid-input` naming `field`.
 */
export function catalogOption(module: string, field: string, catalog: unknown): FunnelCatalog {
  if (catalog === undefined || catalog === null) return DEFAULT_FUNNEL_CATALOG;
  if (!isFunnelCatalog(catalog)) {
    throw invalidInputError(
      module,
      field,
      catalog,
      'a FunnelCatalog (DEFAULT_FUNNEL_CATALOG or from createFunnelCatalog)',
    );
  }
  return catalog;
}

/** An options argument: absent or null means no options (the defaults); an array or a primitive throws. */
export function optionsObject<T extends object>(module: string, options: unknown, field = 'options'): Partial<T> {
  if (options === undefined || options === null) return {};
  if (!isRecord(options)) throw invalidInputError(module, field, options, 'an options object');
  return options as Partial<T>;
}
