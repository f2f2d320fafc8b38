/** The runtime claims rules (no docs), in report order: what a bundle that only lints should import. */

import { copyClaimsComparativeRule } from './comparative.js';
import { copyClaimsDiseaseClaimRule } from './disease-claim.js';
import { copyClaimsDrugClaimRule } from './drug-claim.js';
import { copyClaimsEndorsementRule } from './endorsement.js';
import { copyClaimsEnvironmentalRule } from './environmental.js';
import { copyClaimsFreeClaimRule } from './free-claim.js';
import { copyClaimsMadeInUsaRule } from './made-in-usa.js';
import { copyClaimsNaturalClaimRule } from './natural-claim.js';
import { copyClaimsNewClaimRule } from './new-claim.js';
import { copyClaimsNumberOneRule } from './number-one.js';
import { copyClaimsProofClaimRule } from './proof-claim.js';
import { copyClaimsSuperlativeRule } from './superlative.js';

export const copyClaimsRuntimeRules = [
  copyClaimsSuperlativeRule,
  copyClaimsNumberOneRule,
  copyClaimsComparativeRule,
  copyClaimsProofClaimRule,
  copyClaimsDiseaseClaimRule,
  copyClaimsDrugClaimRule,
  copyClaimsEnvironmentalRule,
  copyClaimsNaturalClaimRule,
  copyClaimsFreeClaimRule,
  copyClaimsNewClaimRule,
  copyClaimsMadeInUsaRule,
  copyClaimsEndorsementRule,
] as const;
