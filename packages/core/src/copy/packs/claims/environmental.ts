/** copy/claims/environmental: environmental claims graded by the FTC Green Guides, as the shared claims detector finds them (runtime rule, no docs). */
import { copyClaimRule } from './claim-rule.js';

export const copyClaimsEnvironmentalRule = copyClaimRule({
  id: 'copy/claims/environmental',
  claimClass: 'environmental',
  severity: 'error',
  substantiable: true,
});
