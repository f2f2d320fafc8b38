/** Funnel catalog: the built-in content types and KPIs, extensible by a team's own, validated with zod. */
import { z } from 'zod';
import { invalidInputError } from '../engine/errors.js';
import type { Finding } from '../engine/finding.js';
import {
  CONTENT_TYPE_CATALOG,
  type ContentTypeDefinition,
  ContentTypeDefinitionSchema,
  FORMAT_KINDS,
} from './content-types.js';
import { KPI_CATALOG, type KpiDefinition, KpiDefinitionSchema } from './kpis.js';
import { FUNNEL_STAGES, type FunnelStage, FunnelStageSchema, STAGE_PRIMARY_KPIS } from './stages.js';

export interface FunnelCatalog {
  readonly stages: readonly FunnelStage[];
  readonly contentTypes: Readonly<Record<string, ContentTypeDefinition>>;
  readonly kpis: Readonly<Record<string, KpiDefinition>>;
  readonly formats: readonly string[];
  readonly stagePrimaryKpis: Readonly<Record<FunnelStage, readonly string[]>>;
}

/** What a team may add. An entry with a built-in id replaces the built-in one. */
export const FunnelCatalogExtensionSchema = z
  .object({
    formats: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a kebab-case format id')).optional(),
    kpis: z.array(KpiDefinitionSchema).optional(),
    contentTypes: z.array(ContentTypeDefinitionSchema).optional(),
    stagePrimaryKpis: z.partialRecord(FunnelStageSchema, z.array(z.string())).optional(),
  })
  .strict();
export type FunnelCatalogExtension = z.infer<typeof FunnelCatalogExtensionSchema>;

export const DEFAULT_FUNNEL_CATALOG: FunnelCatalog = {
  stages: FUNNEL_STAGES,
  contentTypes: CONTENT_TYPE_CATALOG,
  kpis: KPI_CATALOG,
  formats: FORMAT_KINDS,
  stagePrimaryKpis: STAGE_PRIMARY_KPIS,
};

/** Throws `funnel/invalid-input` unless `catalog[key]` is an object to look ids up in (cheap: lookups are hot). */
function checkLookup(catalog: unknown, key: 'contentTypes' | 'kpis'): void {
  const table = typeof catalog === 'object' && catalog !== null ? (catalog as Record<string, unknown>)[key] : undefined;
  if (typeof table !== 'object' || table === null) {
    throw invalidInputError(
      'funnel',
      'catalog',
      catalog,
      'a FunnelCatalog (DEFAULT_FUNNEL_CATALOG or from createFunnelCatalog)',
    );
  }
}

/**
 * Own-property lookup, so ids such as "constructor" or "__proto__" never hit the prototype. An unknown id returns
 * undefined; a `catalog` that is not a catalog throws `funnel/invalid-input`.
 */
export function getContentType(catalog: FunnelCatalog, id: unknown): ContentTypeDefinition | undefined {
  checkLookup(catalog, 'contentTypes');
  return typeof id === 'string' && Object.hasOwn(catalog.contentTypes, id) ? catalog.contentTypes[id] : undefined;
}

/** Like `getContentType`, for KPIs. */
export function getKpi(catalog: FunnelCatalog, id: unknown): KpiDefinition | undefined {
  checkLookup(catalog, 'kpis');
  return typeof id === 'string' && Object.hasOwn(catalog.kpis, id) ? catalog.kpis[id] : undefined;
}

function finding(field: string, message: string): Finding {
  return { ruleId: 'funnel/catalog-config', category: 'config', severity: 'error', field, message };
}

function issueField(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => (path ? `${path}.${k}` : k)).join(', ');
  return path || '(root)';
}

/**
 * Validates a team's extension and merges it into the built-in catalog. Never throws: each invalid entry
 * is dropped with a finding naming its key (e.g. `contentTypes.1.primaryKpis.0`), the valid rest is merged.
 */
export function createFunnelCatalog(extension?: unknown): { catalog: FunnelCatalog; findings: Finding[] } {
  const findings: Finding[] = [];
  if (extension === undefined || extension === null) return { catalog: DEFAULT_FUNNEL_CATALOG, findings };
  if (typeof extension !== 'object' || Array.isArray(extension)) {
    findings.push(finding('(root)', 'The catalog extension must be an object with formats, kpis or contentTypes.'));
    return { catalog: DEFAULT_FUNNEL_CATALOG, findings };
  }
  // Validate the frame, then every entry alone, so one bad entry drops only itself.
  const frame = z
    .object({
      formats: z.array(z.unknown()).optional(),
      kpis: z.array(z.unknown()).optional(),
      contentTypes: z.array(z.unknown()).optional(),
      stagePrimaryKpis: z.unknown().optional(),
    })
    .strict()
    .safeParse(extension);
  if (!frame.success) {
    for (const issue of frame.error.issues) {
      findings.push(
        finding(issueField(issue), `Catalog extension: "${issueField(issue)}" is invalid: ${issue.message}.`),
      );
    }
    return { catalog: DEFAULT_FUNNEL_CATALOG, findings };
  }
  const shape = FunnelCatalogExtensionSchema.shape;

  const formats = new Set<string>(FORMAT_KINDS);
  for (const [i, raw] of (frame.data.formats ?? []).entries()) {
    const parsed = shape.formats.unwrap().element.safeParse(raw);
    if (parsed.success) formats.add(parsed.data);
    else
      findings.push(
        finding(`formats.${i}`, `Catalog extension: "formats.${i}" is invalid: ${parsed.error.issues[0]?.message}.`),
      );
  }

  const kpis: Record<string, KpiDefinition> = { ...KPI_CATALOG };
  for (const [i, raw] of (frame.data.kpis ?? []).entries()) {
    const parsed = KpiDefinitionSchema.safeParse(raw);
    if (parsed.success) kpis[parsed.data.id] = parsed.data;
    else
      for (const issue of parsed.error.issues) {
        const field = `kpis.${i}.${issueField(issue)}`.replace(/\.\(root\)$/, '');
        findings.push(finding(field, `Catalog extension: "${field}" is invalid: ${issue.message}.`));
      }
  }

  const contentTypes: Record<string, ContentTypeDefinition> = { ...CONTENT_TYPE_CATALOG };
  for (const [i, raw] of (frame.data.contentTypes ?? []).entries()) {
    const parsed = ContentTypeDefinitionSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = `contentTypes.${i}.${issueField(issue)}`.replace(/\.\(root\)$/, '');
        findings.push(finding(field, `Catalog extension: "${field}" is invalid: ${issue.message}.`));
      }
      continue;
    }
    // Cross-references: every KPI and format must exist in the merged catalog.
    let ok = true;
    for (const [k, kpi] of parsed.data.primaryKpis.entries()) {
      if (!Object.hasOwn(kpis, kpi)) {
        ok = false;
        findings.push(
          finding(
            `contentTypes.${i}.primaryKpis.${k}`,
            `Catalog extension: unknown KPI "${kpi}"; add it under kpis first.`,
          ),
        );
      }
    }
    for (const [k, format] of parsed.data.formats.entries()) {
      if (!formats.has(format)) {
        ok = false;
        findings.push(
          finding(
            `contentTypes.${i}.formats.${k}`,
            `Catalog extension: unknown format "${format}"; add it under formats first.`,
          ),
        );
      }
    }
    if (ok) contentTypes[parsed.data.id] = parsed.data;
  }

  const stagePrimaryKpis: Record<FunnelStage, readonly string[]> = { ...STAGE_PRIMARY_KPIS };
  if (frame.data.stagePrimaryKpis !== undefined) {
    const parsed = shape.stagePrimaryKpis.safeParse(frame.data.stagePrimaryKpis);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = `stagePrimaryKpis.${issueField(issue)}`.replace(/\.\(root\)$/, '');
        findings.push(finding(field, `Catalog extension: "${field}" is invalid: ${issue.message}.`));
      }
    } else {
      for (const [stage, list] of Object.entries(parsed.data ?? {}) as [FunnelStage, string[]][]) {
        const unknown = list.findIndex((kpi) => !Object.hasOwn(kpis, kpi));
        if (unknown >= 0) {
          findings.push(
            finding(`stagePrimaryKpis.${stage}.${unknown}`, `Catalog extension: unknown KPI "${list[unknown]}".`),
          );
        } else stagePrimaryKpis[stage] = list;
      }
    }
  }

  return {
    catalog: { stages: FUNNEL_STAGES, contentTypes, kpis, formats: [...formats], stagePrimaryKpis },
    findings,
  };
}
