/** copy/claims/endorsement: endorsement and testimonial wording, as the shared claims detector finds them (runtime rule, no docs). */
import { copyClaimRule } from './claim-rule.js';

export const copyClaimsEndorsementRule = copyClaimRule({
  id: 'copy/claims/endorsement',
  claimClass: 'endorsement',
  severity: 'warning',
  substantiable: true,
});
