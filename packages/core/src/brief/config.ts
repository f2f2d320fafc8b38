/** Brief config verbs: `resolveBriefConfig` never throws (bad keys become findings), `parseBriefConfig` is strict. */
import { ConfigError, type ResolvedConfig, resolveEngineConfig } from '../engine/config.js';
import type { Finding } from '../engine/finding.js';
import { DEFAULT_FUNNEL_CATALOG, type FunnelCatalog } from '../funnel/catalog.js';
import { isFunnelCatalog } from '../funnel/option-guards.js';
import type { BriefContext } from './context.js';
import { briefPresets, briefRules } from './pack.js';

function configFinding(field: string, message: string): Finding {
  return { ruleId: 'config/invalid', category: 'config', severity: 'error', field, message };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isPresetList = (v: unknown) =>
  typeof v === 'string' || (Array.isArray(v) && v.every((name) => typeof name === 'string'));

/**
 * The brief rules as `config` sets them (`{ extends, rules }`, `recommended` by default). Never throws: a bad key
 * (an unknown preset, rule or top-level key, a bad `extends` or `rules` value, invalid options) becomes a
 * `config/invalid` finding that names its path, and only that setting is dropped; the rest still applies.
 */
export function resolveBriefConfig(config: unknown): { value: ResolvedConfig<BriefContext>; findings: Finding[] } {
  const findings: Finding[] = [];
  const frame: { extends?: unknown; rules?: unknown } = {};
  if (config === undefined || config === null) {
    frame.extends = 'recommended';
  } else if (!isPlainObject(config)) {
    findings.push(
      configFinding(
        '(root)',
        `"(root)" must be an object such as { extends: 'strict', rules: {…} }; got ${typeof config}.`,
      ),
    );
    frame.extends = 'recommended';
  } else {
    // Checked key by key (the engine drops the whole frame on one bad key), so a typo never loses a valid preset.
    for (const key of Object.keys(config)) {
      if (key !== 'extends' && key !== 'rules')
        findings.push(configFinding(key, `Unknown key "${key}"; config takes "extends" and "rules".`));
    }
    if (config.extends === undefined) frame.extends = 'recommended';
    else if (isPresetList(config.extends)) frame.extends = config.extends;
    else {
      findings.push(
        configFinding('extends', '"extends" must be a preset name or a list of them; using "recommended".'),
      );
      frame.extends = 'recommended';
    }
    if (config.rules !== undefined) {
      if (isPlainObject(config.rules)) frame.rules = config.rules;
      else findings.push(configFinding('rules', '"rules" must be an object of rule id → setting; it is ignored.'));
    }
  }
  const resolved = resolveEngineConfig(briefRules, frame, briefPresets);
  return { value: resolved.config as ResolvedConfig<BriefContext>, findings: [...findings, ...resolved.findings] };
}

/** Strict variant for CLIs and gates: throws `ConfigError` (a `RevloopError`, code `config/invalid`) on any error finding. */
export function parseBriefConfig(config: unknown): ResolvedConfig<BriefContext> {
  const { value, findings } = resolveBriefConfig(config);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new ConfigError(errors);
  return value;
}

/** The options `checkBrief` runs with, after `resolveBriefOptions`. */
export interface ResolvedBriefOptions {
  config: unknown;
  now: Date;
  catalog: FunnelCatalog;
  readyScore: number;
}

/**
 * `checkBrief`'s options. Never throws: a bad `now` (not a valid Date), `catalog` (not from `createFunnelCatalog`) or
 * `readyScore` (not 0–100) becomes a `config/invalid` finding and falls back to its default, alone.
 */
export function resolveBriefOptions(options: unknown): { value: ResolvedBriefOptions; findings: Finding[] } {
  const findings: Finding[] = [];
  const value: ResolvedBriefOptions = {
    config: undefined,
    now: new Date(),
    catalog: DEFAULT_FUNNEL_CATALOG,
    readyScore: 95,
  };
  if (options === undefined || options === null) return { value, findings };
  if (!isPlainObject(options)) {
    findings.push(configFinding('options', `checkBrief options must be an object; got ${typeof options}.`));
    return { value, findings };
  }
  value.config = options.config;
  if (options.now !== undefined) {
    if (options.now instanceof Date && !Number.isNaN(options.now.getTime())) value.now = options.now;
    else
      findings.push(configFinding('now', '"now" must be a valid Date; deadlines are judged against the current time.'));
  }
  if (options.catalog !== undefined) {
    if (isFunnelCatalog(options.catalog)) value.catalog = options.catalog;
    else
      findings.push(
        configFinding('catalog', '"catalog" must come from createFunnelCatalog(extension); using the default catalog.'),
      );
  }
  if (options.readyScore !== undefined) {
    const s = options.readyScore;
    if (typeof s === 'number' && Number.isFinite(s) && s >= 0 && s <= 100) value.readyScore = s;
    else findings.push(configFinding('readyScore', '"readyScore" must be a number from 0 to 100; using 95.'));
  }
  return { value, findings };
}
