/** Claims pack: the documented claims rules (runtime rule + its meta file) for docs, config and meta-tests. */
import { defineRulePack, withRuleMeta } from '../../../engine/rule.js';
import { type CopyContext, copyExampleContext } from '../../context.js';
import { copyClaimsComparativeRule } from './comparative.js';
import { copyClaimsComparativeMeta } from './comparative.meta.js';
import { copyClaimsDiseaseClaimRule } from './disease-claim.js';
import { copyClaimsDiseaseClaimMeta } from './disease-claim.meta.js';
import { copyClaimsDrugClaimRule } from './drug-claim.js';
import { copyClaimsDrugClaimMeta } from './drug-claim.meta.js';
import { copyClaimsEndorsementRule } from './endorsement.js';
import { copyClaimsEndorsementMeta } from './endorsement.meta.js';
import { copyClaimsEnvironmentalRule } from './environmental.js';
import { copyClaimsEnvironmentalMeta } from './environmental.meta.js';
import { copyClaimsFreeClaimRule } from './free-claim.js';
import { copyClaimsFreeClaimMeta } from './free-claim.meta.js';
import { copyClaimsMadeInUsaRule } from './made-in-usa.js';
import { copyClaimsMadeInUsaMeta } from './made-in-usa.meta.js';
import { copyClaimsNaturalClaimRule } from './natural-claim.js';
import { copyClaimsNaturalClaimMeta } from './natural-claim.meta.js';
import { copyClaimsNewClaimRule } from './new-claim.js';
import { copyClaimsNewClaimMeta } from './new-claim.meta.js';
import { copyClaimsNumberOneRule } from './number-one.js';
import { copyClaimsNumberOneMeta } from './number-one.meta.js';
import { copyClaimsProofClaimRule } from './proof-claim.js';
import { copyClaimsProofClaimMeta } from './proof-claim.meta.js';
import { copyClaimsSuperlativeRule } from './superlative.js';
import { copyClaimsSuperlativeMeta } from './superlative.meta.js';

// Pure calls: a bundle that only runs the rules (see `copyClaimsRuntimeRules`) drops the docs.
export const copyClaimsRulePack = /* @__PURE__ */ defineRulePack<CopyContext>({
  id: 'copy/claims',
  title: 'Copy: claims',
  description:
    'Claims that need substantiation or are not allowed: superlatives, rankings, comparatives, proof and disease claims, green, "natural", "free", "new", "Made in USA" and endorsements, as `detectClaims` finds them. Substantiated claims in CopyConfig pass.',
  rules: [
    /* @__PURE__ */ withRuleMeta(copyClaimsSuperlativeRule, copyClaimsSuperlativeMeta),
    /* @__PURE__ */ withRuleMeta(copyClaimsNumberOneRule, copyClaimsNumberOneMeta),
    /* @__PURE__ */ withRuleMeta(copyClaimsComparativeRule, copyClaimsComparativeMeta),
    /* @__PURE__ */ withRuleMeta(copyClaimsProofClaimRule, copyClaimsProofClaimMeta),
    /* @__PURE__ */ withRuleMeta(copyClaimsDiseaseClaimRule, copyClaimsDiseaseClaimMeta),
    /* @__PURE__ */ withRuleMeta(copyClaimsDrugClaimRule, copyClaimsDrugClaimMeta),
    /* @__PURE__ */ withRuleMeta(copyClaimsEnvironmentalRule, copyClaimsEnvironmentalMeta),
    /* @__PURE__ */ withRuleMeta(copyClaimsNaturalClaimRule, copyClaimsNaturalClaimMeta),
    /* @__PURE__ */ withRuleMeta(copyClaimsFreeClaimRule, copyClaimsFreeClaimMeta),
    /* @__PURE__ */ withRuleMeta(copyClaimsNewClaimRule, copyClaimsNewClaimMeta),
    /* @__PURE__ */ withRuleMeta(copyClaimsMadeInUsaRule, copyClaimsMadeInUsaMeta),
    /* @__PURE__ */ withRuleMeta(copyClaimsEndorsementRule, copyClaimsEndorsementMeta),
  ],
  exampleContext: copyExampleContext,
});
