/** brief/unsubstantiated-claim: health, clinical, eco, origin, superlative and comparative claims need evidence. */
import { z } from 'zod';
import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import { type ClaimClass, claimLabel, detectBriefClaims, worstClaim } from '../claims.js';
import type { BriefContext } from '../context.js';
import { findPlaceholder, words } from '../text.js';

const INTENT_MODIFIER_CLASSES = new Set<ClaimClass>(['superlative', 'ranking']);

const Options = z.object({ minSubstantiationWords: z.number().int().min(1).max(50) }).strict();

export const unsubstantiatedClaim = defineRule<BriefContext, z.infer<typeof Options>>({
  id: 'brief/unsubstantiated-claim',
  category: 'compliance',
  severity: 'error',
  weight: 2,
  meta: {
    summary:
      'Flags a required claim that needs evidence (every class the shared claims detector knows: superlatives, "#1", comparatives, "clinically proven", disease and drug, eco, "natural", "free", "Made in USA", endorsements) but has no substantiation or a token one, and such claims made in keyMessage or primaryKeyword without being listed in requiredClaims. Severity is the detector\'s, as in copy.',
    rationale:
      'Health claims need competent and reliable evidence, market-wide superiority needs most of the market behind it, and generic green claims are banned in the EU from 27 Sep 2026; the reviewer must get the evidence with the brief, not chase it after the asset is made.',
    source:
      'creative-ops.md §4 (NAD substantiation, 21 CFR 101.93, FTC Green Guides, EU 2024/825, 16 CFR 323); seed article step 4 (review checks compliance requirements). Sources: http://www.lexology.com/library/detail.aspx?g=e574c086-55d2-44c6-8476-e63398f75865 ; http://edocket.access.gpo.gov/cfr_2006/aprqtr/21cfr101.93.htm ; https://cm.twobirds.com/en/insights/2024/global/directive-to-empower-consumers-for-the-green-transition-has-been-adopted.',
    examples: {
      valid: [
        { input: { requiredClaims: [] } },
        {
          input: {
            requiredClaims: [
              {
                text: 'Clinically proven to reduce redness',
                substantiation: 'Study RD-2025-14, 62 participants, 8 weeks',
              },
            ],
          },
        },
        {
          input: { requiredClaims: [{ text: 'Ships in 24 hours' }] },
          note: 'an operational promise, not a claim class',
        },
      ],
      invalid: [
        { input: { requiredClaims: [{ text: 'The #1 serum for sensitive skin' }] } },
        {
          input: { requiredClaims: [{ text: 'Eco-friendly packaging', substantiation: 'yes' }] },
          note: 'token evidence',
        },
        { input: { keyMessage: 'Clinically proven hydration', requiredClaims: [] }, note: 'claim only in the message' },
      ],
    },
  },
  optionsSchema: Options,
  defaultOptions: { minSubstantiationWords: 3 },
  check: (ctx, options) => {
    const out: RuleFinding[] = [];
    const claims = ctx.brief.requiredClaims ?? [];
    for (const [i, claim] of claims.entries()) {
      const worst = worstClaim(detectBriefClaims(claim.text));
      if (!worst) continue;
      const given = claim.substantiation?.trim() ?? '';
      // A placeholder is no evidence (brief/placeholder-text reports the marker itself).
      const evidence = findPlaceholder(given) ? '' : given;
      if (evidence === '') {
        out.push({
          field: `requiredClaims.${i}.substantiation`,
          severity: worst.severity,
          message: `"${worst.text}" is ${claimLabel(worst)} with no substantiation; attach the study, certificate or data that proves it, or soften the claim.`,
          evidence: { text: worst.text },
        });
      } else if (words(evidence).length < options.minSubstantiationWords) {
        out.push({
          field: `requiredClaims.${i}.substantiation`,
          severity: 'warning',
          message: `The substantiation "${evidence}" for ${claimLabel(worst)} "${worst.text}" is too thin to check; cite the document, study or certificate id.`,
          evidence: {
            text: evidence,
            value: words(evidence).length,
            limit: options.minSubstantiationWords,
            unit: 'words',
          },
        });
      }
    }
    let listed: string | undefined;
    for (const field of ['keyMessage', 'primaryKeyword'] as const) {
      const text = ctx.brief[field];
      if (!text) continue;
      for (const hit of detectBriefClaims(text, true)) {
        // "best", "top", "#1" in a search keyword are buyer-intent modifiers (creative-ops.md §6), not the brand's claim.
        if (field === 'primaryKeyword' && INTENT_MODIFIER_CLASSES.has(hit.class)) continue;
        listed ??= claims.map((c) => c.text.toLowerCase()).join('\n');
        if (listed.includes(hit.text.toLowerCase())) continue;
        out.push({
          field,
          severity: 'warning',
          message: `The ${field} makes ${claimLabel(hit)} ("${hit.text}") that is not in requiredClaims; list it there with its substantiation or drop it.`,
          evidence: { text: hit.text },
        });
      }
    }
    return out;
  },
});
