/** Geometry: field and span boxes in the top viewport, across same-origin iframes, clipped to the visible field. */
import { type Box, measureValueSpan } from './mirror.js';
import { isValueField, rangeForSpan, type TextSnapshot } from './text-model.js';

/** Offset of a (possibly nested, same-origin) frame's viewport inside the top viewport. */
export function frameOffset(doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let win = doc.defaultView;
  while (win?.frameElement) {
    const frame = win.frameElement as HTMLElement;
    const r = frame.getBoundingClientRect();
    x += r.left + frame.clientLeft;
    y += r.top + frame.clientTop;
    win = frame.ownerDocument.defaultView;
  }
  return { x, y };
}

const shift = (r: Box, o: { x: number; y: number }): Box => ({
  left: r.left + o.x,
  top: r.top + o.y,
  width: r.width,
  height: r.height,
});

/** The field's border box in the top viewport; an editable iframe body (TinyMCE) is as big as its iframe. */
export function fieldBox(el: HTMLElement): Box {
  const frame = el.ownerDocument.defaultView?.frameElement as HTMLElement | null | undefined;
  if (frame && el === el.ownerDocument.body)
    return shift(frame.getBoundingClientRect(), frameOffset(frame.ownerDocument));
  return shift(el.getBoundingClientRect(), frameOffset(el.ownerDocument));
}

/** Intersection of two boxes, or null when they do not overlap. */
export function clipBox(r: Box, clip: Box): Box | null {
  const left = Math.max(r.left, clip.left);
  const top = Math.max(r.top, clip.top);
  const right = Math.min(r.left + r.width, clip.left + clip.width);
  const bottom = Math.min(r.top + r.height, clip.top + clip.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

/** Boxes of `[start, end)` in the top viewport, clipped to the field so scrolled-away text draws nothing. */
export function spanBoxes(
  el: HTMLElement,
  snapshot: TextSnapshot,
  start: number,
  end: number,
  mirror: HTMLElement,
): Box[] {
  const box = fieldBox(el);
  let raw: Box[];
  if (isValueField(el)) raw = measureValueSpan(el, start, end, box, mirror);
  else {
    const range = rangeForSpan(snapshot, start, end);
    const off = frameOffset(el.ownerDocument);
    raw = range ? [...range.getClientRects()].map((r) => shift(r, off)) : [];
  }
  const out: Box[] = [];
  for (const r of raw) {
    if (r.width < 1) continue; // collapsed line-end rects
    const c = clipBox(r, box);
    if (c) out.push(c);
  }
  return out;
}
