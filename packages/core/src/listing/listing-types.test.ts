// The zod-free listing types equal z.infer of their schemas (tsc fails on drift); extraction imports no zod.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  ListingIdsSchema,
  ListingImageSchema,
  ListingMarketplaceSchema,
  ListingPriceSchema,
  ListingSchema,
  ListingSeoSchema,
  ListingSourceSchema,
  ListingStructuredDataSchema,
  ListingTruncatedSchema,
} from './listing-schema.js';
import {
  emptyListing,
  type Listing,
  type ListingIds,
  type ListingImage,
  type ListingMarketplace,
  type ListingPrice,
  type ListingSeo,
  type ListingSource,
  type ListingStructuredData,
  type ListingTruncated,
} from './listing-types.js';

// Type-level: `tsc -p` fails when an interface and its schema drift apart.
describe('listing types (zod-free) match the zod schemas', () => {
  it('every interface equals z.infer of its schema', () => {
    expectTypeOf<ListingMarketplace>().toEqualTypeOf<z.infer<typeof ListingMarketplaceSchema>>();
    expectTypeOf<ListingImage>().toEqualTypeOf<z.infer<typeof ListingImageSchema>>();
    expectTypeOf<ListingPrice>().toEqualTypeOf<z.infer<typeof ListingPriceSchema>>();
    expectTypeOf<ListingSource>().toEqualTypeOf<z.infer<typeof ListingSourceSchema>>();
    expectTypeOf<ListingIds>().toEqualTypeOf<z.infer<typeof ListingIdsSchema>>();
    expectTypeOf<ListingStructuredData>().toEqualTypeOf<z.infer<typeof ListingStructuredDataSchema>>();
    expectTypeOf<ListingSeo>().toEqualTypeOf<z.infer<typeof ListingSeoSchema>>();
    expectTypeOf<ListingTruncated>().toEqualTypeOf<z.infer<typeof ListingTruncatedSchema>>();
    expectTypeOf<Listing>().toEqualTypeOf<z.infer<typeof ListingSchema>>();
    expectTypeOf(emptyListing()).toEqualTypeOf<z.infer<typeof ListingSchema>>();
  });
});

/** Every module `extract-listing.ts` imports at runtime (type-only imports are erased), with its bare imports. */
function runtimeImports(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const bare: string[] = [];
    seen.set(file, bare);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)) {
      const [, typeOnly, spec = ''] = m;
      if (typeOnly) continue;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else bare.push(spec);
    }
  };
  visit(entry);
  return seen;
}

describe('the extraction path', () => {
  it('imports no zod (the extension content script bundles extractListing alone)', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const graph = runtimeImports(resolve(here, 'extract-listing.ts'));
    expect(graph.size).toBeGreaterThan(10);
    const withZod = [...graph].filter(([, bare]) => bare.some((s) => s === 'zod' || s.startsWith('zod/')));
    expect(withZod.map(([file]) => file)).toEqual([]);
  });
});
