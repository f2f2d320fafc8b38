/** briefTemplate: a starter brief for a content type, with field-by-field guidance. */
import { invalidInputError } from '../engine/errors.js';
import type { Finding } from '../engine/finding.js';
import { type FunnelCatalog, getContentType, getKpi } from '../funnel/catalog.js';
import { catalogOption, optionsObject } from '../funnel/option-guards.js';
import { defaultFormatKind } from './format-kind.js';

export interface BriefTemplate {
  contentType: string;
  /** False when the id is not in the catalog (the template is then generic and `findings` says so). */
  known: boolean;
  /** A starter brief. `[insert …]` markers are deliberate: `checkBrief` flags them until they are replaced. */
  brief: Record<string, unknown>;
  /** What a good answer to each field looks like for this content type. */
  guidance: Record<string, string>;
  findings: Finding[];
}

/**
 * An unknown content type id gives a generic template with a `brief/unknown-id` finding; a `contentType` that is
 * not a string, or options of the wrong type, throw `brief/invalid-input`. Null options are the defaults.
 */
export function briefTemplate(contentType: string, options: { catalog?: FunnelCatalog } = {}): BriefTemplate {
  if (typeof contentType !== 'string') {
    throw invalidInputError('brief', 'contentType', contentType, 'a content type id such as "blog-post"');
  }
  const catalog = catalogOption(
    'brief',
    'options.catalog',
    optionsObject<{ catalog?: FunnelCatalog }>('brief', options).catalog,
  );
  const type = getContentType(catalog, contentType);
  const findings: Finding[] = [];
  if (!type) {
    findings.push({
      ruleId: 'brief/unknown-id',
      category: 'completeness',
      severity: 'error',
      field: 'contentType',
      message: `"${contentType}" is not a known content type; pick one of ${Object.keys(catalog.contentTypes).join(', ')}.`,
    });
  }
  const stage = type?.stages.length === 1 ? type.stages[0] : undefined;
  const kpiId = type?.primaryKpis[0];
  const kpi = getKpi(catalog, kpiId);
  const kpiList = (type?.primaryKpis ?? []).map((k) => getKpi(catalog, k)?.label ?? k).join(', ');

  const brief: Record<string, unknown> = {
    title: `[insert: ${type?.label ?? 'asset'} title]`,
    contentType: type ? type.id : '[insert content type id]',
    funnelStage: stage ?? `[insert one of: ${(type?.stages ?? catalog.stages).join(', ')}]`,
    audience: {
      segment: '[insert: who exactly]',
      need: '[insert: what they want or worry about]',
      context: '[insert: where and when they meet this asset]',
    },
    ...(type?.searchLed ? { primaryKeyword: '[insert: the search query this should rank for]' } : {}),
    keyMessage: '[insert: the one thing they should take away, in one sentence]',
    format: { kind: (type && defaultFormatKind(type)) ?? '[insert format]' },
    visualDirection: {
      description: '[insert: subject, setting, light, palette, what to avoid]',
      references: [],
    },
    requiredClaims: [],
    businessGoal: { metric: kpi?.id ?? '[insert KPI id]', target: 0, baseline: 0 },
    owner: '[insert owner]',
    approver: '[insert approver]',
  };

  const guidance: Record<string, string> = {
    title: 'A name someone can search for in the ticketing tool.',
    funnelStage: type
      ? `A ${type.label.toLowerCase()} serves ${type.stages.join(', ')}.`
      : 'discovery, evaluation, decision or post-purchase.',
    audience: 'Segment + need + context. "Everyone" or a bare demographic is flagged.',
    primaryKeyword: type?.searchLed
      ? `Required: a ${type.label.toLowerCase()} is found through search. Use the query buyers type at this stage.`
      : 'Optional for this content type; give it when the asset should rank for a query.',
    keyMessage: 'One sentence, one idea. A claim in it must also be listed in requiredClaims.',
    format: `Use ${type?.formats.join(' or ') ?? 'a catalog format'}; add aspectRatio, durationSec (video), placements, and wordCount, imageCount or pageCount where they apply.`,
    visualDirection: 'At least 8 concrete words (vague adjectives do not count) or 2–3 references.',
    requiredClaims:
      '[] when none are needed. Superlatives, "#1", clinical, health, eco and "Made in USA" claims need a substantiation.',
    businessGoal: `A KPI id and a numeric target${kpiList ? `; primary KPIs for this type: ${kpiList}` : ''}.`,
    deadline: `Leave room for production (${type?.productionDays ?? 3} business days) plus internal review, QA and sign-off (3).`,
  };
  return { contentType, known: Boolean(type), brief, guidance, findings };
}
