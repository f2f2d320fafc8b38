/** Listing fixtures from the repository (`test/fixtures/listings/<name>.html` + `.expected.json`). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LISTINGS_DIR = fileURLToPath(new URL('../../../../test/fixtures/listings/', import.meta.url));

export interface ListingFixture {
  name: string;
  url: string;
  html: string;
  expected: {
    url: string;
    band: 'good' | 'fair' | 'poor';
    rules?: string[];
    listing: {
      marketplace: string;
      title?: string | null;
      bullets?: string[];
      images?: unknown[];
      /** A captcha or consent wall served instead of the product: reported, never scored. */
      wall?: { kind: 'bot-wall' | 'consent-wall'; evidence: string };
    };
  };
}

export function listingFixtures(): ListingFixture[] {
  if (!existsSync(LISTINGS_DIR)) return [];
  return readdirSync(LISTINGS_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, '');
      const expected = JSON.parse(readFileSync(`${LISTINGS_DIR}${f}`, 'utf8'));
      return { name, url: expected.url, html: readFileSync(`${LISTINGS_DIR}${name}.html`, 'utf8'), expected };
    });
}
