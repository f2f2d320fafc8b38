/** brief/thin-visual-direction: a visual direction too vague for a designer to act on. */
import { z } from 'zod';
import { defineRule } from '../../engine/rule.js';
import type { BriefContext } from '../context.js';
import { clip, words } from '../text.js';

/** Adjectives that sound like direction but leave every decision open, plus filler words. */
const VAGUE = new Set([
  'clean',
  'modern',
  'premium',
  'nice',
  'cool',
  'sleek',
  'fresh',
  'bold',
  'pop',
  'pops',
  'eye-catching',
  'catchy',
  'on-brand',
  'brand',
  'branded',
  'aesthetic',
  'vibe',
  'vibes',
  'beautiful',
  'stylish',
  'minimal',
  'minimalist',
  'engaging',
  'high-quality',
  'quality',
  'professional',
  'good',
  'great',
  'look',
  'looks',
  'feel',
  'feels',
  'like',
  'something',
  'make',
  'it',
  'the',
  'a',
  'an',
  'and',
  'or',
  'with',
  'of',
  'to',
  'in',
  'on',
  'our',
  'usual',
  'style',
  'standard',
  'nice-looking',
  'attractive',
  'elegant',
  'fun',
  'exciting',
  'wow',
  'impactful',
  'striking',
  'trendy',
  'very',
  'really',
  'super',
  'more',
  'be',
  'is',
  'should',
  'we',
  'want',
  'this',
  'that',
  'as',
  'per',
  'guidelines',
]);

const Options = z.object({ minConcreteWords: z.number().int().min(1).max(200) }).strict();

export const thinVisualDirection = defineRule<BriefContext, z.infer<typeof Options>>({
  id: 'brief/thin-visual-direction',
  category: 'clarity',
  severity: 'warning',
  weight: 2,
  meta: {
    summary:
      'Flags a visualDirection with fewer concrete words than the minimum (vague adjectives like "clean", "modern", "make it pop" do not count) and no visual references.',
    rationale:
      'Designers work from the brief; "clean and modern" leaves every choice open, so the first draft becomes the real brief and the revision rounds pay for it. Good templates ask for 2–3 references.',
    source:
      'Seed article step 2 (visual direction is a required brief field); creative-ops.md §2a (&Producers: 2–3 references). Sources: https://www.betterbriefs.com/library/the-200bn-black-hole ; https://www.flighted.co/blog/how-to-write-a-facebook-creative-brief.',
    examples: {
      valid: [
        {
          input: {
            visualDirection:
              'Hands lacing a shoe on wet granite at dawn, shallow depth of field, muted greens and slate greys, no studio backdrop',
          },
        },
        {
          input: {
            visualDirection: {
              description: 'Flat lay like our spring catalogue',
              references: ['https://example.com/ref1.jpg'],
            },
          },
          note: 'short, but references carry it',
        },
      ],
      invalid: [
        { input: { visualDirection: 'Clean, modern, make it pop' }, note: 'no concrete word' },
        { input: { visualDirection: { description: 'Premium look, lifestyle shots' } } },
      ],
    },
  },
  optionsSchema: Options,
  defaultOptions: { minConcreteWords: 8 },
  applies: (ctx) => ctx.brief.visualDirection !== undefined,
  check: (ctx, options) => {
    const v = ctx.brief.visualDirection!;
    const parts =
      typeof v === 'string'
        ? [v]
        : [v.description, v.mood ?? '', v.palette ?? '', ...(v.dos ?? []), ...(v.donts ?? [])];
    const refs = (typeof v === 'object' ? (v.references?.length ?? 0) : 0) + (ctx.brief.references?.length ?? 0);
    if (refs > 0) return [];
    let concrete = 0;
    for (const part of parts) for (const w of words(part)) if (w.length > 2 && !VAGUE.has(w)) concrete += 1;
    if (concrete >= options.minConcreteWords) return [];
    const text = typeof v === 'string' ? v : v.description;
    return [
      {
        field: typeof v === 'string' ? 'visualDirection' : 'visualDirection.description',
        message: `The visual direction "${clip(text)}" is too thin to act on (${concrete} concrete words, no references); describe subject, setting, light, palette and add 2–3 references.`,
        evidence: { text, value: concrete, limit: options.minConcreteWords, unit: 'concrete words' },
      },
    ];
  },
});
