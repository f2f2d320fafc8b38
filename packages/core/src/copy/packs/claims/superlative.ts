/** copy/claims/superlative: Unsubstantiated superlatives and market-wide superiority claims, as the shared claims detector finds them (runtime rule, no docs). */
import { copyClaimRule } from './claim-rule.js';

export const copyClaimsSuperlativeRule = copyClaimRule({
  id: 'copy/claims/superlative',
  claimClass: 'superlative',
  severity: 'warning',
  substantiable: true,
});
