/** AI-tells pack: overused AI vocabulary and clichés (low severity per hit), density per 100 words, chatbot leftovers. */
import { z } from 'zod';
import { defineRule, defineRulePack } from '../../../engine/index.js';
import { type CopyContext, copyExampleContext, copyMemo } from '../../context.js';
import { type CopyPhraseHit, compileCopyPhrases, findCopyPhrases } from '../../matcher.js';
import { copyExistenceRule } from '../../rule-kinds/existence.js';
import { AI_CLICHES, AI_VOCABULARY, CHATBOT_LEFTOVERS } from './words.js';

const vocabularyMatcher = compileCopyPhrases(
  AI_VOCABULARY.map((w) => [w, w] as const),
  { plurals: true },
);
const clicheMatcher = compileCopyPhrases(AI_CLICHES.map((w) => [w, w] as const));

/** All AI-tell hits (vocabulary and clichés), computed once per lint for the density rule. */
function aiTellHits(ctx: CopyContext): CopyPhraseHit<string>[] {
  return copyMemo(ctx, 'ai-tells', () => {
    const all = [...findCopyPhrases(ctx.tokens, clicheMatcher), ...findCopyPhrases(ctx.tokens, vocabularyMatcher)];
    return all.sort((a, b) => a.start - b.start);
  });
}

const vocabulary = copyExistenceRule({
  id: 'copy/ai-tells/overused-vocabulary',
  category: 'ai-tells',
  severity: 'info',
  tokens: AI_VOCABULARY,
  message: '"{match}" is a word AI drafts overuse; a plainer, specific word usually reads better.',
  meta: {
    summary: 'Words AI drafts overuse ("delve", "seamless", "elevate", "tapestry").',
    rationale:
      'One hit is normal English, so it is only advice; many hits together are what makes copy read machine-written (see the density rule).',
    source:
      'tbhb/vale-ai-tells OverusedVocabulary (MIT); blader/humanizer (MIT), after Wikipedia "Signs of AI writing".',
    examples: {
      valid: [{ input: 'Double-wall steel keeps drinks cold for 24 hours.' }],
      invalid: [{ input: 'A seamless pour every time.' }],
    },
  },
});

const cliche = copyExistenceRule({
  id: 'copy/ai-tells/marketing-cliche',
  category: 'ai-tells',
  severity: 'warning',
  tokens: AI_CLICHES,
  message: '"{match}" is a stock phrase of AI-written marketing; say the concrete thing instead.',
  meta: {
    summary: 'Stock openers and marketing clichés ("look no further", "unlock the power of", "game-changer").',
    rationale: 'These phrases carry no information and signal unedited AI copy to shoppers and reviewers.',
    source: 'tbhb/vale-ai-tells OpeningCliches (MIT); marketing ban lists (doublej, use60, marketingstack skills).',
    examples: {
      valid: [{ input: 'Brews 12 cups in six minutes.' }],
      invalid: [{ input: 'Look no further: this kettle is a game-changer.' }],
    },
  },
});

const chatbot = copyExistenceRule({
  id: 'copy/ai-tells/chatbot-leftover',
  category: 'ai-tells',
  severity: 'error',
  tokens: CHATBOT_LEFTOVERS,
  plurals: false,
  message: '"{match}" is chatbot text left in the copy; delete it.',
  refine: (ctx, hit) => {
    // "Certainly" is a leftover only as an opener ("Certainly! Here is…").
    if (hit.value.phrase !== 'certainly') return true;
    const before = ctx.text.slice(Math.max(0, hit.start - 2), hit.start).trim();
    const after = ctx.text.charAt(hit.end);
    return (before === '' || /[.!?:\n"]$/.test(before)) && /[!,.:]/.test(after);
  },
  meta: {
    summary: 'Chatbot leftovers: "I hope this helps", "Certainly!", "Here is a revised…", "As an AI…".',
    rationale: 'Text the model addressed to its user must never ship to customers.',
    source: 'blader/humanizer and tbhb/vale-ai-tells (chatbot artifacts).',
    examples: {
      valid: [{ input: 'It will certainly fit a standard cup holder.' }],
      invalid: [
        { input: 'Certainly! Here is a revised product description.' },
        { input: 'Soft cotton tee. I hope this helps!' },
      ],
    },
  },
});

const density = defineRule<CopyContext, { per100Words: number; minHits: number; errorPer100Words: number }>({
  id: 'copy/ai-tells/density',
  category: 'ai-tells',
  severity: 'warning',
  defaultOptions: { per100Words: 3, minHits: 3, errorPer100Words: 6 },
  optionsSchema: z
    .object({
      per100Words: z.number().positive(),
      minHits: z.number().int().min(1),
      errorPer100Words: z.number().positive(),
    })
    .strict(),
  meta: {
    summary: 'Too many AI tells per 100 words (vocabulary and clichés together).',
    rationale:
      'Detectors judge how densely the markers cluster rather than single hits; a dense cluster reads as unedited AI copy even when each word is fine.',
    source:
      'athola/claude-night-market slop-detector (density per 100 words); Wikipedia "Signs of AI writing" caveats.',
    examples: {
      valid: [{ input: 'A seamless zipper and a roomy main pocket hold a 15-inch laptop and a day of gear.' }],
      invalid: [
        {
          input:
            'Elevate your commute with a seamless, meticulously crafted backpack. This game-changer is a testament to cutting-edge design.',
        },
      ],
    },
  },
  check(ctx, options) {
    const hits = aiTellHits(ctx);
    if (hits.length < options.minHits) return [];
    const words = Math.max(ctx.tokens.length, 1);
    const per100 = (hits.length * 100) / Math.max(words, 100);
    if (per100 < options.per100Words) return [];
    const first = hits[0] as CopyPhraseHit<string>;
    const last = hits[hits.length - 1] as CopyPhraseHit<string>;
    const rounded = Math.round(per100 * 10) / 10;
    return [
      {
        message: `${hits.length} AI tells in ${words} words (${rounded} per 100 words): rewrite with concrete details.`,
        range: [first.start, last.end],
        evidence: { value: rounded, limit: options.per100Words, unit: 'per 100 words' },
        severity: per100 >= options.errorPer100Words ? 'error' : 'warning',
      },
    ];
  },
});

export const copyAiTellsRulePack = defineRulePack<CopyContext>({
  id: 'copy/ai-tells',
  title: 'Copy: AI tells',
  description:
    'Overused AI vocabulary and marketing clichés (single hits stay low severity), their density per 100 words, and chatbot leftovers.',
  rules: [vocabulary, cliche, chatbot, density],
  exampleContext: copyExampleContext,
});
