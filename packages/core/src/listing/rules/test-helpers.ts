/** Test helper: runs one listing rule on a partial listing and returns its findings without messages. */
import type { Finding } from '../../engine/finding.js';
import type { AnyRule } from '../../engine/rule.js';
import { runRules } from '../../engine/runner.js';
import { type ListingRuleContext, listingExampleContext } from './context.js';

export type Slim = Omit<Finding, 'message' | 'ruleId' | 'category'>;

export function runListingRule(rule: AnyRule<ListingRuleContext>, input: unknown, config?: unknown): Slim[] {
  const report = runRules([rule], listingExampleContext(input), config);
  return report.findings.map(({ message: _m, ruleId: _r, category: _c, ...rest }) => rest);
}
