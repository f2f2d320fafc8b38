/** brief/unsubstantiated-claim: health, clinical, eco, origin, superlative and comparative claims need evidence. */
import { z } from 'zod';
import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import { detectBriefClaims } from '../claims.js';
import type { BriefContext } from '../context.js';
import { findPlaceholder, words } from '../text.js';

const Options = z.object({ minSubstantiationWords: z.number().int().min(1).max(50) }).strict();

export const unsubstantiatedClaim = defineRule<BriefContext, z.infer<typeof Options>>({
  id: 'brief/unsubstantiated-claim',
  category: 'compliance',
  severity: 'error',
  weight: 2,
  meta: {
    summary:
      'Flags a required claim that needs evidence (superlatives, "#1", "clinically proven", health, eco and "Made in USA" claims) but has no substantiation or a token one, and such claims made in keyMessage or primaryKeyword without being listed in requiredClaims.',
    rationale:
      'Health claims need competent and reliable evidence, market-wide superiority needs most of the market behind it, and generic green claims are banned in the EU from 27 Sep 2026; the reviewer must get the evidence with the brief, not chase it after the asset is made.',
    source:
      'creative-ops.md §4 (NAD substantiation, 21 CFR 101.93, FTC Green Guides, EU 2024/825, 16 CFR 323); seed article step 4 (review checks compliance requirements).',
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
      const hits = detectBriefClaims(claim.text);
      if (hits.length === 0) continue;
      const worst = hits.find((h) => h.cls.severity === 'error') ?? hits[0]!;
      const given = claim.substantiation?.trim() ?? '';
      // A placeholder is no evidence (brief/placeholder-text reports the marker itself).
      const evidence = findPlaceholder(given) ? '' : given;
      if (evidence === '') {
        out.push({
          field: `requiredClaims.${i}.substantiation`,
          severity: worst.cls.severity,
          message: `"${worst.text}" is ${/^[aeiou]/.test(worst.cls.label) ? 'an' : 'a'} ${worst.cls.label} with no substantiation; attach the study, certificate or data that proves it, or soften the claim.`,
          evidence: { text: worst.text },
        });
      } else if (words(evidence).length < options.minSubstantiationWords) {
        out.push({
          field: `requiredClaims.${i}.substantiation`,
          severity: 'warning',
          message: `The substantiation "${evidence}" for the ${worst.cls.label} "${worst.text}" is too thin to check; cite the document, study or certificate id.`,
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
        listed ??= claims.map((c) => c.text.toLowerCase()).join('\n');
        if (listed.includes(hit.text.toLowerCase())) continue;
        out.push({
          field,
          severity: 'warning',
          message: `The ${field} makes ${/^[aeiou]/.test(hit.cls.label) ? 'an' : 'a'} ${hit.cls.label} ("${hit.text}") that is not in requiredClaims; list it there with its substantiation or drop it.`,
          evidence: { text: hit.text },
        });
      }
    }
    return out;
  },
});
