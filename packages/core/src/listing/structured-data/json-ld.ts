/// <reference lib="dom" />
/** JSON-LD: parse each `application/ld+json` script once; collect Product/ProductGroup nodes and breadcrumbs. */
import { asRecord, asString, safeJson, scriptTexts } from '../dom.js';
import type { PageIndex } from '../page-index.js';
import { isProductNode, typesOf } from './product-node.js';

export interface JsonLdResult {
  products: Record<string, unknown>[];
  breadcrumbs: string[];
  warnings: string[];
}

/** Flattens arrays and `@graph`s (bounded, so a hostile page cannot recurse us to death). */
function collectNodes(value: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 6 || out.length > 500) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  const node = asRecord(value);
  if (!node) return;
  out.push(node);
  if (node['@graph'] !== undefined) collectNodes(node['@graph'], out, depth + 1);
  // Product pages sometimes nest the Product under WebPage.mainEntity.
  if (node.mainEntity !== undefined) collectNodes(node.mainEntity, out, depth + 1);
}

function breadcrumbNames(node: Record<string, unknown>): string[] {
  const items = Array.isArray(node.itemListElement) ? node.itemListElement : [];
  return items
    .map((raw) => asRecord(raw))
    .filter((item): item is Record<string, unknown> => item !== undefined)
    .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
    .map((item) => asString(item.name) ?? asString(asRecord(item.item)?.name) ?? '')
    .filter(Boolean);
}

export function readJsonLd(index: PageIndex): JsonLdResult {
  const result: JsonLdResult = { products: [], breadcrumbs: [], warnings: [] };
  const scripts = scriptTexts(index, 'script[type="application/ld+json"]');
  for (const [i, { text }] of scripts.entries()) {
    const parsed = safeJson(text);
    if (!parsed.ok) {
      result.warnings.push(`JSON-LD script ${i + 1} is not valid JSON (${parsed.error.slice(0, 80)}); skipped.`);
      continue;
    }
    const nodes: Record<string, unknown>[] = [];
    collectNodes(parsed.value, nodes);
    for (const node of nodes) {
      if (isProductNode(node)) result.products.push(node);
      else if (typesOf(node).includes('BreadcrumbList') && result.breadcrumbs.length === 0) {
        result.breadcrumbs = breadcrumbNames(node);
      }
    }
  }
  // Themes and SEO plugins add duplicate Product nodes: a ProductGroup (the variant page's summary)
  // goes first, then the richest node, so thin duplicates never hide the full one.
  const rank = (n: Record<string, unknown>) => (typesOf(n).includes('ProductGroup') ? 1000 : 0) + Object.keys(n).length;
  result.products.sort((a, b) => rank(b) - rank(a));
  return result;
}
