/** Whole-word phrase matching for page wording (stock lines, review widgets, labels): plain strings, linear, any script. */

/** Lower case with every whitespace run (NBSP, NNBSP) as one space, trimmed. */
export function normalizePhrase(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function isWordChar(code: number): boolean {
  // ASCII letters and digits and any letter of a cased or Indic/Arabic script; CJK phrases need no boundary.
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code < 0x2000)
  );
}

/** Whether `phrase` occurs in `text` as whole words (both normalized). Linear: one `indexOf` per occurrence. */
export function hasPhrase(text: string, phrase: string): boolean {
  if (phrase.length === 0) return false;
  const first = phrase.charCodeAt(0);
  const last = phrase.charCodeAt(phrase.length - 1);
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + phrase.length < text.length ? text.charCodeAt(at + phrase.length) : 32;
    const startOk = !isWordChar(first) || !isWordChar(before);
    const endOk = !isWordChar(last) || !isWordChar(after);
    if (startOk && endOk) return true;
  }
  return false;
}
