/** Helpers the copy/policy rules share (matchers, measurements), computed once per lint or per module. */
import type { RuleFinding, Severity } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import type { Placement, PlacementId } from '../../placements.js';
import { COPY_FINDINGS_CAP } from '../../rule-kinds/common.js';
import { insideAny } from '../../scanners.js';
import { copyBrandSpans } from '../brand-spans.js';

export const isMarketplace = (p: Placement) => p.marketplace;
export const isHSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
export const TITLES: readonly PlacementId[] = ['amazon.title', 'walmart.title'];

/** `#`, `<`, `>`, `~` and `*` are fine before a number ("#4301", "<10 lb", "~5 oz", "2*4"). */
export function contextualOk(text: string, i: number): boolean {
  const next = text.charAt(i + 1) === ' ' ? text.charAt(i + 2) : text.charAt(i + 1);
  return /\d/.test(next) || (text.charAt(i) === '*' && /\d/.test(text.charAt(i - 1)));
}

/**
 * Scans for banned characters, grouping a run ("!!!") into one finding whose fix deletes it together
 * with one neighbouring space, so removal never leaves a double space.
 */
export function charFindings(
  ctx: CopyContext,
  isBanned: (text: string, i: number) => Severity | false,
  say: (chars: string) => string,
  fixable: boolean,
): RuleFinding[] {
  const { text } = ctx;
  const brand = copyBrandSpans(ctx);
  const out: RuleFinding[] = [];
  for (let i = 0; i < text.length && out.length < COPY_FINDINGS_CAP; i++) {
    const severity = isBanned(text, i);
    if (!severity) continue;
    if (brand.length > 0 && insideAny({ start: i, end: i + 1 }, brand)) continue;
    let end = i + 1;
    while (end < text.length && isBanned(text, end) === severity) end++;
    // Take the spaces before the run when spaces or the end follow, and at the very start the spaces
    // after it, so deleting never leaves a doubled, leading or trailing space.
    let ws = i;
    while (ws > 0 && isHSpace(text.charCodeAt(ws - 1))) ws--;
    let we = end;
    while (we < text.length && isHSpace(text.charCodeAt(we))) we++;
    let from = i;
    let to = end;
    if (ws < i && (we > end || end === text.length)) from = ws;
    if (from === 0 && we > end) to = we;
    const chars = text.slice(i, end);
    out.push({
      message: say(chars),
      range: [i, end],
      evidence: { text: chars },
      severity,
      ...(fixable ? { fix: { kind: 'replace' as const, range: [from, to] as [number, number], text: '' } } : {}),
    });
    i = end - 1;
  }
  return out;
}
