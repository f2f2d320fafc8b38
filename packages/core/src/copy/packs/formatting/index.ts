/** Formatting pack: whitespace, doubled punctuation and words, HTML in plain text, exclamation and em-dash overload, bullet walls. */
import { defineRule, defineRulePack, type RuleFinding } from '../../../engine/index.js';
import { type CopyContext, copyExampleContext } from '../../context.js';
import { COPY_FINDINGS_CAP } from '../../rule-kinds/common.js';
import { copyOccurrenceRule } from '../../rule-kinds/occurrence.js';
import { copyRepetitionRule } from '../../rule-kinds/repetition.js';
import { COPY_PATTERNS, scanCopy } from '../../scanners.js';
import { COPY_TOKEN_ALPHA } from '../../tokenize.js';

const isHSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
const isNewline = (c: number) => c === 10 || c === 13;

const repeatedWhitespace = defineRule<CopyContext>({
  id: 'copy/formatting/repeated-whitespace',
  category: 'formatting',
  severity: 'warning',
  meta: {
    summary: 'Two or more spaces or tabs inside a line (with a fix to one space).',
    rationale: 'Doubled spaces render as gaps in listings and ads and are a common paste artefact.',
    source: 'revloop formatting; Google Manufacturer Center editorial rules.',
    examples: {
      valid: [{ input: 'Soft cotton tee, relaxed fit.' }],
      invalid: [{ input: 'Soft cotton  tee.' }],
    },
  },
  check(ctx) {
    const { text, tokens } = ctx;
    const out: RuleFinding[] = [];
    let t = 0;
    for (let i = 0; i < text.length; i++) {
      if (!isHSpace(text.charCodeAt(i))) continue;
      let end = i + 1;
      while (end < text.length && isHSpace(text.charCodeAt(end))) end++;
      const run = end - i;
      const atEdge =
        i === 0 || end === text.length || isNewline(text.charCodeAt(i - 1)) || isNewline(text.charCodeAt(end));
      if (run >= 2 && !atEdge) {
        // Between two copies of the same word the doubled-word fix removes this gap, so leave it to that rule.
        while (t < tokens.length && (tokens.ends[t] ?? 0) <= i) t++;
        const doubled =
          t > 0 &&
          t < tokens.length &&
          tokens.ends[t - 1] === i &&
          tokens.starts[t] === end &&
          ((tokens.flags[t - 1] ?? 0) & COPY_TOKEN_ALPHA) !== 0 &&
          tokens.norms[t - 1] === tokens.norms[t];
        if (!doubled) {
          out.push({
            message: 'Use one space here.',
            range: [i, end],
            evidence: { value: run },
            fix: { kind: 'replace', range: [i, end], text: ' ' },
          });
        }
      }
      i = end - 1;
    }
    return out;
  },
});

const edgeWhitespace = defineRule<CopyContext>({
  id: 'copy/formatting/edge-whitespace',
  category: 'formatting',
  severity: 'info',
  meta: {
    summary: 'Whitespace at the start or end of the text (with a fix that trims it).',
    rationale: 'Leading and trailing spaces count against character limits and can break exact-match checks.',
    source: 'revloop formatting.',
    examples: {
      valid: [{ input: 'Ready to ship.' }],
      invalid: [{ input: ' Ready to ship. ' }],
    },
  },
  check(ctx) {
    const { text } = ctx;
    const out: RuleFinding[] = [];
    let s = 0;
    while (s < text.length && /\s/.test(text.charAt(s))) s++;
    if (s === text.length) return out;
    let e = text.length;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (s > 0)
      out.push({
        message: 'Remove the leading whitespace.',
        range: [0, s],
        fix: { kind: 'replace', range: [0, s], text: '' },
      });
    if (e < text.length)
      out.push({
        message: 'Remove the trailing whitespace.',
        range: [e, text.length],
        fix: { kind: 'replace', range: [e, text.length], text: '' },
      });
    return out;
  },
});

const TITLE_BANNED = '!?$~*_';

const repeatedPunctuation = defineRule<CopyContext>({
  id: 'copy/formatting/repeated-punctuation',
  category: 'formatting',
  severity: 'warning',
  meta: {
    summary: 'Doubled punctuation ("!!", ",,", "..") with a fix to a single mark ("...." becomes "...").',
    rationale: 'Repeated marks read as shouting or typos; marketplaces and ad platforms reject gimmicky punctuation.',
    source: 'Google Ads editorial policy (punctuation); Google Manufacturer Center editorial rules.',
    examples: {
      valid: [{ input: 'Wait for it... then pour.' }],
      invalid: [{ input: 'Ships today!!' }, { input: 'Soft,, light and warm' }],
    },
  },
  check(ctx) {
    const { text } = ctx;
    const title = ctx.placement.id === 'amazon.title' || ctx.placement.id === 'walmart.title';
    const out: RuleFinding[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // ! , . : ; ?
      if (code !== 33 && code !== 44 && code !== 46 && code !== 58 && code !== 59 && code !== 63) continue;
      if (text.charCodeAt(i + 1) !== code) continue;
      const ch = text.charAt(i);
      let end = i + 1;
      while (end < text.length && text.charAt(end) === ch) end++;
      const run = end - i;
      // The title-characters rule already removes these in titles; two fixes on one span would fight.
      if (run >= 2 && !(title && TITLE_BANNED.includes(ch)) && !(ch === '.' && run === 3)) {
        const replacement = ch === '.' && run > 3 ? '...' : ch;
        out.push({
          message: `Use a single "${replacement}".`,
          range: [i, end],
          evidence: { text: text.slice(i, end) },
          fix: { kind: 'replace', range: [i, end], text: replacement },
        });
      }
      i = end - 1;
    }
    return out;
  },
});

const doubledWord = copyRepetitionRule({
  id: 'copy/formatting/doubled-word',
  category: 'formatting',
  severity: 'warning',
  scope: 'adjacent',
  message: '"{match}" is written twice in a row; remove one.',
  meta: {
    summary: 'The same word twice in a row ("the the"), with a fix that removes the second.',
    rationale: 'A doubled word is almost always a typo, and it is the kind reviewers miss.',
    source: 'Vale `repetition`; write-good (lexical illusions).',
    examples: {
      valid: [{ input: 'Fits the lid tightly.' }],
      invalid: [{ input: 'Fits the the lid tightly.' }],
    },
  },
});

const htmlMarkup = defineRule<CopyContext>({
  id: 'copy/formatting/html-markup',
  category: 'formatting',
  severity: 'warning',
  meta: {
    summary: 'HTML tags or entities left in plain-text fields (Amazon descriptions may use <br> only).',
    rationale: 'Plain-text fields show tags literally; Amazon bans HTML and JavaScript in detail pages except <br>.',
    source: 'Amazon Seller Central 200390640; Amazon bullet format error 8102 (godatafeed).',
    examples: {
      valid: [{ input: { text: 'Line one<br>Line two', placement: 'amazon.description' } }],
      invalid: [
        { input: { text: '<b>Waterproof</b> shell', placement: 'amazon.bullet' } },
        { input: 'Soft&nbsp;cotton' },
      ],
    },
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const brOk = ctx.placement.id === 'amazon.description';
    for (const s of scanCopy(ctx.text, COPY_PATTERNS.html)) {
      if (brOk && /^<br\s*\/?>$/i.test(s.text)) continue;
      out.push({
        message: `"${s.text}" is markup in a plain-text field; remove it.`,
        range: [s.start, s.end],
        evidence: { text: s.text },
        severity: ctx.placement.marketplace ? 'error' : 'warning',
      });
    }
    return out;
  },
});

/** Flags each occurrence of a mark after the first `allowed` ones (indexOf scans, linear). */
function overload(
  ctx: CopyContext,
  marks: readonly string[],
  allowed: number,
  say: (n: number) => string,
): RuleFinding[] {
  const { text } = ctx;
  const positions: Array<[number, number]> = [];
  for (const m of marks) {
    for (
      let i = text.indexOf(m);
      i >= 0 && positions.length < allowed + COPY_FINDINGS_CAP;
      i = text.indexOf(m, i + m.length)
    )
      positions.push([i, i + m.length]);
  }
  if (positions.length <= allowed) return [];
  positions.sort((a, b) => a[0] - b[0]);
  const total = positions.length;
  return positions.slice(allowed).map(([s, e]) => ({
    message: say(total),
    range: [s, e] as [number, number],
    evidence: { value: positions.length, limit: allowed },
  }));
}

const exclamations = defineRule<CopyContext>({
  id: 'copy/formatting/exclamation-overload',
  category: 'formatting',
  severity: 'warning',
  meta: {
    summary: 'More exclamation marks than one per 50 words (at least one is always allowed).',
    rationale:
      'Exclamation marks lose force when repeated and read as hype; Google Manufacturer Center bans them in titles.',
    source: 'Google Manufacturer Center editorial rules; Google Ads editorial policy.',
    examples: {
      valid: [{ input: 'New colors are here!' }],
      invalid: [{ input: 'New colors! Free gift! Order today!' }],
    },
  },
  check(ctx) {
    const allowed = Math.max(1, Math.floor(ctx.tokens.length / 50));
    return overload(ctx, ['!'], allowed, (n) => `${n} exclamation marks; keep at most ${allowed} for this length.`);
  },
});

const emDashes = defineRule<CopyContext>({
  id: 'copy/formatting/em-dash-overload',
  category: 'formatting',
  severity: 'info',
  meta: {
    summary: 'More em dashes than one per 75 words (at least one is always allowed).',
    rationale: 'Em-dash overuse is one of the structural tells of AI drafts and makes copy choppy.',
    source: 'blader/humanizer and tbhb/vale-ai-tells (structural tells).',
    examples: {
      valid: [{ input: 'Light, warm — and packable.' }],
      invalid: [{ input: 'Light — warm — packable — and washable.' }],
    },
  },
  check(ctx) {
    const allowed = Math.max(1, Math.floor(ctx.tokens.length / 75));
    return overload(
      ctx,
      ['\u2014', ' -- '],
      allowed,
      (n) => `${n} em dashes; use commas or full stops for most of them.`,
    );
  },
});

const bulletWall = copyOccurrenceRule({
  id: 'copy/formatting/bullet-wall-of-text',
  category: 'formatting',
  severity: 'warning',
  count: 'words',
  max: 45,
  placements: ['amazon.bullet', 'walmart.key-feature'],
  message: 'This bullet has {value} words; keep bullets under {limit} words so they scan (one benefit each).',
  meta: {
    summary: 'Bullets and key features longer than 45 words.',
    rationale: 'Mobile shows about 200 characters of a bullet; a wall of text hides the benefit that should lead.',
    source: 'Amazon bullet guidance: 250–255 characters, ~200 visible on mobile (viral-launch, amazonlistingaudit).',
    examples: {
      valid: [
        {
          input: {
            text: 'LEAK-PROOF LID: the twist lid seals tight, so it rides in a bag without spills.',
            placement: 'amazon.bullet',
          },
        },
      ],
      invalid: [
        {
          input: {
            text: 'This bottle has a lid that seals tightly and a handle that folds flat and a body made from steel that keeps drinks cold for a whole day and hot for half a day and it fits cup holders and bike cages and it comes in nine colors for everyone.',
            placement: 'amazon.bullet',
          },
        },
      ],
    },
  },
});

export const copyFormattingRulePack = defineRulePack<CopyContext>({
  id: 'copy/formatting',
  title: 'Copy: formatting',
  description:
    'Whitespace, doubled punctuation and words (with safe fixes), HTML in plain-text fields, exclamation and em-dash overload, and bullets that are a wall of text.',
  rules: [
    repeatedWhitespace,
    edgeWhitespace,
    repeatedPunctuation,
    doubledWord,
    htmlMarkup,
    exclamations,
    emDashes,
    bulletWall,
  ],
  exampleContext: copyExampleContext,
});
