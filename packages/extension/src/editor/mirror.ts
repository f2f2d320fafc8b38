/** Mirror: measures text spans inside a textarea/input with a hidden copy of its box (form fields have no DOM ranges). */
import type { ValueField } from './text-model.js';

const COPIED = [
  'boxSizing',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'fontKerning',
  'fontFeatureSettings',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textAlign',
  'textIndent',
  'textTransform',
  'tabSize',
  'direction',
  'overflowWrap',
  'wordBreak',
] as const;

const mirrored = new WeakMap<HTMLElement, string>();

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Client rects of `[start, end)` in a form field, in the coordinates of `at` (the field's box in the top
 * viewport). The mirror lives in our shadow root, is invisible and is reused between calls.
 */
export function measureValueSpan(field: ValueField, start: number, end: number, at: Box, mirror: HTMLElement): Box[] {
  const win = field.ownerDocument.defaultView;
  if (!win || start >= end) return [];
  const cs = win.getComputedStyle(field);
  const style = mirror.style;
  for (const prop of COPIED) style[prop] = cs[prop];
  const isInput = field.tagName === 'INPUT';
  const padX = Number.parseFloat(cs.paddingLeft) + Number.parseFloat(cs.paddingRight);
  const padY = Number.parseFloat(cs.paddingTop) + Number.parseFloat(cs.paddingBottom);
  const contentW = Math.max(0, field.clientWidth - padX);
  const contentH = Math.max(0, field.clientHeight - padY);
  style.boxSizing = 'content-box';
  style.borderStyle = 'solid';
  style.borderColor = 'transparent';
  style.position = 'fixed';
  style.left = `${at.left}px`;
  style.top = `${at.top}px`;
  style.width = `${contentW}px`;
  style.height = `${contentH}px`;
  style.overflow = 'hidden';
  style.visibility = 'hidden';
  style.pointerEvents = 'none';
  style.margin = '0';
  style.whiteSpace = isInput ? 'pre' : 'pre-wrap';
  // Single-line inputs centre their line vertically in the box.
  if (isInput) style.lineHeight = `${contentH}px`;
  const value = field.value;
  // The trailing space keeps a final newline measurable, as textareas render it.
  const content = isInput ? value : `${value} `;
  // Several findings in one field share one copy of its text: a 20k-char field is copied once per render.
  if (mirrored.get(mirror) !== content) {
    mirror.textContent = content;
    mirrored.set(mirror, content);
  }
  mirror.scrollTop = field.scrollTop;
  mirror.scrollLeft = field.scrollLeft;
  const text = mirror.firstChild;
  if (!text) return [];
  const range = mirror.ownerDocument.createRange();
  range.setStart(text, Math.min(start, value.length));
  range.setEnd(text, Math.min(end, value.length));
  return [...range.getClientRects()].map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
}
