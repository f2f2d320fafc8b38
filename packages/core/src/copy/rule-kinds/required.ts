/** Required-presence rule kind: a disclaimer or term that must appear (Vale `occurrence` with `min: 1`). */
import { requireCopyArray, requireCopyRuleSpec } from '../input.js';
import { type CopyKindRule, type CopyRuleSpec, copyKindRule, copyRuleBase, fillMessage } from './common.js';

export interface CopyRequiredSpec extends CopyRuleSpec {
  /** Any one of these must appear (case and whitespace are ignored). */
  anyOf: readonly string[];
  /** `{match}` is the first required text. */
  message?: string;
}

/** Lower case, runs of whitespace as one space, curly quotes straight: "presence" ignores layout. */
export function copyLooseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A case-insensitive regex for `needle` where any run of whitespace matches any run, and quotes match either form. */
function looseRegex(needle: string): RegExp | undefined {
  const words = copyLooseText(needle).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  const esc = (w: string) =>
    w
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/'/g, "['\u2018\u2019]")
      .replace(/"/g, '["\u201c\u201d]');
  return new RegExp(words.map(esc).join('\\s+'), 'i');
}

export function copyRequiredRule<S extends CopyRequiredSpec>(spec: S): CopyKindRule<S> {
  requireCopyRuleSpec(spec, 'copyRequiredRule');
  requireCopyArray(spec.anyOf, 'copyRequiredRule(spec).anyOf');
  // Compiled once; a regex search avoids building a normalized copy of a long text on every lint.
  const needles = spec.anyOf.map(looseRegex).filter((r): r is RegExp => r !== undefined);
  return copyKindRule<S>({
    ...copyRuleBase(spec),
    check(ctx) {
      if (needles.length === 0) return [];
      if (needles.some((re) => re.test(ctx.text))) return [];
      const first = spec.anyOf[0] ?? '';
      // Zero-width at the end: where the missing text would go.
      const end = ctx.text.length;
      return [
        {
          message: fillMessage(spec.message ?? 'Required text is missing: "{match}".', { match: first }),
          range: [end, end],
          evidence: { text: first },
          fix: { kind: 'suggest', text: first },
        },
      ];
    },
  });
}
