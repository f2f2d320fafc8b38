/** copy/claims/disease-claim: disease claims (a verb such as cure or treat followed by a disease), as the shared claims detector finds them (runtime rule, no docs). */
import { copyClaimRule } from './claim-rule.js';

export const copyClaimsDiseaseClaimRule = copyClaimRule({
  id: 'copy/claims/disease-claim',
  claimClass: 'disease',
  severity: 'error',
  substantiable: true,
});
