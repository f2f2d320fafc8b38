/** Shared detectors: one per concept (claims, PII, placeholders), so briefs, copy and links give the same text the same verdict. */
export {
  CLAIM_CLASS_LABELS,
  CLAIM_CLASSES,
  CLAIM_HITS_PER_CLASS,
  type ClaimClass,
  type ClaimHit,
  detectClaims,
  detectClaimsIn,
} from './claims.js';
export { detectPii, PII_EMAIL_PATTERN, PII_PHONE_PATTERN, type PiiHit, type PiiKind } from './pii.js';
export {
  type DetectPlaceholdersOptions,
  detectPlaceholders,
  type PlaceholderHit,
  type PlaceholderKind,
} from './placeholders.js';
