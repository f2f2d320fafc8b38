/** @revloop/core/engine: findings, rules, config, runner and scoring shared by every checker. */
// Named, not `export *`: only what users call is public. Docs and meta-test helpers (renderRulesMarkdown,
// checkRuleMeta) live behind @revloop/core/internal; runner pieces (runRule, applyRuleSettings) stay in the core.
export {
  ConfigError,
  type EngineConfig,
  EngineConfigSchema,
  type Presets,
  parseEngineConfig,
  type ResolvedConfig,
  type ResolvedRule,
  type RuleSetting,
  RuleSettingSchema,
  resolveEngineConfig,
} from './config.js';
export { describeValue, invalidInputError, isRevloopError, RevloopError, type RevloopErrorCode } from './errors.js';
export {
  type Evidence,
  EvidenceSchema,
  type Finding,
  FindingSchema,
  type Fix,
  FixSchema,
  type RuleFinding,
  SEVERITY_ORDER,
  type Severity,
  SeveritySchema,
  sortFindings,
  type TextRange,
  TextRangeSchema,
} from './finding.js';
export { toJsonSchemas } from './json-schema.js';
export { categoryScores, countBySeverity, type Report } from './report.js';
export {
  type AnyRule,
  type AnyRuntimeRule,
  defineRule,
  defineRulePack,
  defineRuntimeRule,
  type Rule,
  type RuleExample,
  type RuleMeta,
  type RulePack,
  type RuntimeRule,
  withRuleMeta,
} from './rule.js';
export { type CompiledRunner, compileRunner, INTERNAL_ERROR_RULE_ID, type RunOptions, runRules } from './runner.js';
export { engineSchemas } from './schemas.js';
export {
  explainScore,
  type ScoreBand,
  type ScoreOptions,
  type ScorePenalty,
  SEVERITY_POINTS,
  scoreBand,
  scoreFindings,
} from './score.js';
