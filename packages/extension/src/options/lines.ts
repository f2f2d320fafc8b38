/** Textarea ↔ list helpers for the options forms: one entry per line, blanks dropped. */
export function toLines(list: readonly string[] | undefined): string {
  return (list ?? []).join('\n');
}

export function fromLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** `use: a, b` lines for substitutions ("use `use` instead of a or b"). */
export function substitutionsToText(list: readonly { use: string; insteadOf: string[] }[] | undefined): string {
  return (list ?? []).map((s) => `${s.use}: ${s.insteadOf.join(', ')}`).join('\n');
}

export function substitutionsFromText(text: string): { use: string; insteadOf: string[] }[] {
  return fromLines(text).flatMap((line) => {
    const at = line.indexOf(':');
    if (at <= 0) return [];
    const insteadOf = line
      .slice(at + 1)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return insteadOf.length > 0 ? [{ use: line.slice(0, at).trim(), insteadOf }] : [];
  });
}
