/** The currency a page's structured data names for its product (JSON-LD offers, then the price meta tags), for platform adapters that read amounts from markup. */
import { asRecord, asString } from '../../dom.js';
import { openGraphPrice } from '../../structured-data/open-graph.js';
import type { StructuredInput } from './store-adapter.js';

/** Product nodes and offers looked at, at most. */
const MAX_NODES = 20;

function isoCode(value: unknown): string | undefined {
  const code = asString(Array.isArray(value) ? value[0] : value)?.toUpperCase();
  return code && /^[A-Z]{3}$/.test(code) ? code : undefined;
}

/** The first ISO 4217 code in the JSON-LD or microdata offers (variants' offers too), then in `og:`/`product:` price tags. */
export function structuredCurrency(structured: StructuredInput): string | undefined {
  for (const node of [...structured.jsonLd, ...structured.microdata].slice(0, MAX_NODES)) {
    const variants = Array.isArray(node.hasVariant) ? node.hasVariant.slice(0, MAX_NODES) : [];
    for (const holder of [node, ...variants.map(asRecord)]) {
      const offers = holder?.offers;
      for (const offer of (Array.isArray(offers) ? offers : [offers]).slice(0, MAX_NODES)) {
        const record = asRecord(offer);
        const spec = asRecord(
          Array.isArray(record?.priceSpecification) ? record.priceSpecification[0] : record?.priceSpecification,
        );
        const code = isoCode(record?.priceCurrency) ?? isoCode(spec?.priceCurrency);
        if (code) return code;
      }
    }
  }
  return isoCode(openGraphPrice(structured.og).currency);
}
