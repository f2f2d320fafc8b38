/** Capitalization rule kind: terms written with their exact casing, and no ALL CAPS runs (Vale `capitalization`). */

import type { RuleFinding } from '../../engine/index.js';
import { requireCopyRuleSpec } from '../input.js';
import { compileCopyPhrases, findCopyPhrases } from '../matcher.js';
import { COPY_TOKEN_ALPHA, type CopyTokens } from '../tokenize.js';
import { type CopyKindRule, type CopyRuleSpec, copyKindRule, copyRuleBase, fillMessage } from './common.js';

export interface CopyCapitalizationSpec extends CopyRuleSpec {
  /** Exact spellings: any other casing of these is flagged with a replace fix. */
  terms?: readonly string[];
  /** Other spellings that are also correct (brand variants such as "ACME Pro"). */
  accept?: readonly string[];
  /** Flag runs of ALL-CAPS words (acronyms such as "USB" alone are fine). */
  noAllCaps?: boolean;
  /** Words in a row that make a shouting run; default 3. */
  minRun?: number;
  /**
   * Allow a short ALL-CAPS lead-in that opens the text and ends in a colon ("WATERPROOF SHELL: …"), the common
   * bullet-header convention; the rest of the text is still checked.
   */
  allowLeadIn?: boolean;
  message?: string;
}

function isAllCaps(t: CopyTokens, i: number): boolean {
  const raw = t.raws[i] ?? '';
  return (
    ((t.flags[i] ?? 0) & COPY_TOKEN_ALPHA) !== 0 && raw.length >= 2 && raw === raw.toUpperCase() && raw !== t.norms[i]
  );
}

export function copyCapitalizationRule<S extends CopyCapitalizationSpec>(spec: S): CopyKindRule<S> {
  requireCopyRuleSpec(spec, 'copyCapitalizationRule');
  const terms = spec.terms?.length
    ? compileCopyPhrases(
        [
          ...spec.terms.map((t) => [t, t] as const),
          ...(spec.accept ?? []).map((a) => [a, spec.terms?.[0] ?? a] as const),
        ],
        { plurals: false },
      )
    : undefined;
  const minRun = spec.minRun ?? 3;
  const accepted = new Set([...(spec.terms ?? []), ...(spec.accept ?? [])].map((t) => compileWords(t).join(' ')));
  return copyKindRule<S>({
    ...copyRuleBase(spec),
    check(ctx) {
      const out: RuleFinding[] = [];
      const { tokens, text } = ctx;
      if (terms) {
        for (const hit of findCopyPhrases(tokens, terms)) {
          const written = text.slice(hit.start, hit.end);
          // Compare words only, so "Acme-Pro" vs "Acme Pro" separators are not a casing issue.
          const wordsWritten = tokens.raws.slice(hit.first, hit.last);
          const wordsWanted = compileWords(hit.value);
          if (accepted.has(wordsWritten.join(' '))) continue;
          const fixText = wordsWritten.length === wordsWanted.length ? hit.value : undefined;
          out.push({
            message: fillMessage(spec.message ?? 'Write "{use}" exactly as "{use}", not "{match}".', {
              match: written,
              use: hit.value,
            }),
            range: [hit.start, hit.end],
            evidence: { text: written },
            ...(fixText !== undefined
              ? { fix: { kind: 'replace' as const, range: [hit.start, hit.end] as [number, number], text: fixText } }
              : {}),
          });
        }
      }
      if (spec.noAllCaps) {
        let runStart = -1;
        let longWords = 0;
        const flush = (endIdx: number) => {
          const count = endIdx - runStart;
          const a = tokens.starts[runStart] ?? 0;
          const b = tokens.ends[endIdx - 1] ?? 0;
          if (runStart >= 0 && count >= minRun && longWords >= 2 && !(spec.allowLeadIn && isLeadIn(text, a, b))) {
            out.push({
              message: spec.message ?? 'Avoid ALL CAPS; use title or sentence case.',
              range: [a, b],
              evidence: { text: text.slice(a, b), value: count },
              fix: { kind: 'suggest', text: 'Rewrite in title or sentence case.' },
            });
          }
          runStart = -1;
          longWords = 0;
        };
        for (let i = 0; i < tokens.length; i++) {
          if (isAllCaps(tokens, i)) {
            if (runStart < 0) runStart = i;
            if ((tokens.raws[i] ?? '').length >= 4) longWords += 1;
          } else if (((tokens.flags[i] ?? 0) & COPY_TOKEN_ALPHA) !== 0) flush(i);
        }
        flush(tokens.length);
      }
      return out;
    },
  });
}

/** A run that starts the text (after whitespace) and is followed by a colon. */
function isLeadIn(text: string, start: number, end: number): boolean {
  if (text.slice(0, start).trim() !== '') return false;
  let i = end;
  while (i < text.length && text[i] === ' ') i++;
  return text[i] === ':' || text[i] === '：';
}

function compileWords(term: string): string[] {
  return term.split(/[\s-]+/).filter(Boolean);
}
