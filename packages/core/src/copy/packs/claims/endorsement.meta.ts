/** Docs for copy/claims/endorsement (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyClaimsEndorsementMeta: RuleMeta = {
  summary: 'Testimonial and endorsement wording: "doctor recommended", "as seen on TV", "rated 5 stars".',
  rationale:
    'Endorsements must reflect honest opinions, disclose material connections and imply typical results; fake or AI-written reviews are banned.',
  source:
    'FTC Endorsement Guides 16 CFR 255 (2023); FTC rule on fake reviews 16 CFR 465 (2024). Sources: https://regulations.justia.com/regulations/fedreg/2023/07/26/2023-14795.html ; https://govinfo.gov/content/pkg/FR-2024-08-22/html/2024-18519.htm.',
  examples: {
    valid: [{ input: 'Developed with a physical therapist.' }],
    invalid: [{ input: 'Doctor recommended for back support.' }],
  },
};
