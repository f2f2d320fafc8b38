/** Docs for copy/claims/environmental (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyClaimsEnvironmentalMeta: RuleMeta = {
  summary: 'Unqualified environmental claims: "eco-friendly", "carbon neutral", "biodegradable", "non-toxic".',
  rationale:
    'Generic green claims are banned in the EU without recognised excellent environmental performance, and the FTC Green Guides require a specific qualification.',
  source:
    'Directive (EU) 2024/825 (ECGT); FTC Green Guides 16 CFR 260; Amazon restricted claim phrases. Sources: https://cm.twobirds.com/en/insights/2024/global/directive-to-empower-consumers-for-the-green-transition-has-been-adopted ; http://www.gpo.gov/fdsys/pkg/FR-2012-10-11/html/2012-24713.htm.',
  examples: {
    valid: [{ input: 'Made with 80% post-consumer recycled plastic.' }],
    invalid: [{ input: 'An eco-friendly yoga mat.' }, { input: 'Carbon neutral shipping on every order' }],
  },
};
