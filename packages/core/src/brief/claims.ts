/** Claims in a brief: the shared `detectClaims` (one detector for briefs and copy), plus which ones a message may make. */
import { CLAIM_CLASS_LABELS, type ClaimHit, detectClaims } from '../detect/claims.js';

export type { ClaimClass, ClaimHit } from '../detect/claims.js';

/** "a disease claim", "an origin claim". */
export function claimLabel(hit: ClaimHit): string {
  const label = CLAIM_CLASS_LABELS[hit.class];
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}

/**
 * Claims in brief text, as `detectClaims` finds them. With `messageOnly` (keyMessage, primaryKeyword), hits graded
 * info (a qualified green claim, "new") are left out: they need no evidence line in the brief.
 */
export function detectBriefClaims(text: string, messageOnly = false): ClaimHit[] {
  const hits = detectClaims(text);
  return messageOnly ? hits.filter((h) => h.severity !== 'info') : hits;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The hit that decides a claim's severity: the first error, else the first warning, else the first hit. */
export function worstClaim(hits: readonly ClaimHit[]): ClaimHit | undefined {
  let worst: ClaimHit | undefined;
  for (const h of hits) if (!worst || RANK[h.severity] < RANK[worst.severity]) worst = h;
  return worst;
}
