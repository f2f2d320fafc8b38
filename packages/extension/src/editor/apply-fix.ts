/** Apply fix: replaces a finding's range through the editor's own input path so native undo (Ctrl+Z) still works. */
import { isValueField, rangeForSpan, snapshotField } from './text-model.js';
import type { TextRange } from './types.js';

export type FixPath = 'execCommand' | 'beforeinput' | 'dom';
export type FixOutcome =
  | { ok: true; path: FixPath; text: string }
  | { ok: false; reason: 'stale' | 'no-range' | 'rejected'; text: string };

/** Pure string edit, the result every path must produce. */
export function spliceText(text: string, [start, end]: TextRange, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

/** Selects `[start, end)` in the field, so the next input command replaces exactly that span. */
function selectSpan(el: HTMLElement, text: string, [start, end]: TextRange): Range | null | 'value' {
  el.focus({ preventScroll: true });
  if (isValueField(el)) {
    el.setSelectionRange(start, end);
    return 'value';
  }
  const range = rangeForSpan({ text, segments: snapshotField(el).segments }, start, end);
  if (!range) return null;
  const sel = el.ownerDocument.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  return range;
}

function execInsert(doc: Document, replacement: string): boolean {
  try {
    // `insertText` with '' is not a delete in every engine; `delete` removes the selection.
    return replacement === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, replacement);
  } catch {
    return false;
  }
}

/** Asks the editor to do the replacement itself (rich editors listen to `beforeinput`); true if it took it. */
function dispatchBeforeInput(el: HTMLElement, range: Range | 'value', replacement: string): boolean {
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  const init: InputEventInit = {
    inputType: 'insertReplacementText',
    data: replacement,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  if (range !== 'value' && typeof win.StaticRange === 'function') {
    init.targetRanges = [new win.StaticRange(range)];
  }
  const event = new win.InputEvent('beforeinput', init);
  return !el.dispatchEvent(event);
}

/** Last resort: edit the DOM/value directly and announce it with an `input` event (undo may not cover it). */
function domReplace(el: HTMLElement, range: Range | 'value', [start, end]: TextRange, replacement: string): void {
  if (range === 'value' && isValueField(el)) el.setRangeText(replacement, start, end, 'end');
  else if (range !== 'value') {
    range.deleteContents();
    if (replacement) range.insertNode(el.ownerDocument.createTextNode(replacement));
  }
  const win = el.ownerDocument.defaultView;
  if (win)
    el.dispatchEvent(
      new win.InputEvent('input', { inputType: 'insertReplacementText', data: replacement, bubbles: true }),
    );
}

/**
 * Replaces `range` with `replacement` in the field, only if the field still holds `expected` (the linted text).
 * Order: `execCommand('insertText')` (native undo stack), then a cancelable `beforeinput`, then a DOM edit.
 */
export function applyFix(el: HTMLElement, expected: string, range: TextRange, replacement: string): FixOutcome {
  const before = snapshotField(el).text;
  if (before !== expected) return { ok: false, reason: 'stale', text: before };
  const want = spliceText(before, range, replacement);
  const selected = selectSpan(el, before, range);
  if (!selected) return { ok: false, reason: 'no-range', text: before };

  execInsert(el.ownerDocument, replacement);
  let now = snapshotField(el).text;
  if (now === want) return { ok: true, path: 'execCommand', text: now };
  // The editor reacted but differently: never apply a second time.
  if (now !== before) return { ok: false, reason: 'rejected', text: now };

  if (dispatchBeforeInput(el, selected, replacement)) {
    now = snapshotField(el).text;
    return now === want ? { ok: true, path: 'beforeinput', text: now } : { ok: false, reason: 'rejected', text: now };
  }
  domReplace(el, selected, range, replacement);
  now = snapshotField(el).text;
  return now === want ? { ok: true, path: 'dom', text: now } : { ok: false, reason: 'rejected', text: now };
}
