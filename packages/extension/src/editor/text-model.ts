/** Text model: reads a field's plain text and maps UTF-16 offsets to DOM ranges and back. */

/** A piece of the linted text: a text node's data, or one virtual newline for a `<br>` or a block start. */
export interface TextSegment {
  node: Node;
  start: number;
  end: number;
  kind: 'text' | 'br' | 'block';
}

/** The text a lint ran on plus the map back to the DOM it was read from. */
export interface TextSnapshot {
  text: string;
  /** Empty for textarea/input: their offsets are value offsets. */
  segments: TextSegment[];
}

export type ValueField = HTMLTextAreaElement | HTMLInputElement;

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** True for the fields whose text is a `.value` (tag check, so it works across frames). */
export function isValueField(el: Element): el is ValueField {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/** Reads a field into a snapshot: `.value` for form fields, a leaf walk for contenteditable roots. */
export function snapshotField(el: HTMLElement): TextSnapshot {
  if (isValueField(el)) return { text: el.value, segments: [] };
  return snapshotRich(el);
}

/** Walks a rich-text root; `<br>` and block boundaries become one `\n` each so rules see paragraphs. */
export function snapshotRich(root: HTMLElement): TextSnapshot {
  const segments: TextSegment[] = [];
  let text = '';
  const pushVirtual = (node: Node, kind: 'br' | 'block') => {
    segments.push({ node, start: text.length, end: text.length + 1, kind });
    text += '\n';
  };
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        segments.push({ node: child, start: text.length, end: text.length + data.length, kind: 'text' });
        text += data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (SKIP_TAGS.has(el.tagName) || el.getAttribute('contenteditable') === 'false') continue;
        if (el.tagName === 'BR') {
          pushVirtual(el, 'br');
          continue;
        }
        if (BLOCK_TAGS.has(el.tagName) && text.length > 0 && !text.endsWith('\n')) pushVirtual(el, 'block');
        visit(el);
      }
    }
  };
  visit(root);
  return { text, segments };
}

/** Index of the segment holding the character at `offset` (binary search; segments are contiguous). */
function segmentAt(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (offset < seg.start) hi = mid - 1;
    else if (offset >= seg.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A DOM Range covering `[start, end)` of a rich snapshot, or null when the span is empty or out of bounds. */
export function rangeForSpan(snapshot: TextSnapshot, start: number, end: number): Range | null {
  const { segments, text } = snapshot;
  if (start < 0 || end > text.length || start >= end) return null;
  const first = segments[segmentAt(segments, start)];
  const last = segments[segmentAt(segments, end - 1)];
  if (!first || !last) return null;
  const doc = first.node.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  if (first.kind === 'text') range.setStart(first.node, start - first.start);
  else range.setStartBefore(first.node);
  if (last.kind === 'text') range.setEnd(last.node, end - last.start);
  else if (last.kind === 'br') range.setEndAfter(last.node);
  else range.setEndBefore(last.node);
  return range;
}

/** The text offset of a DOM point (e.g. the caret), or -1 when the point is outside the snapshot. */
export function offsetOfPoint(snapshot: TextSnapshot, node: Node, offset: number): number {
  for (const seg of snapshot.segments) {
    if (seg.node === node && seg.kind === 'text') return seg.start + Math.min(offset, seg.end - seg.start);
  }
  // An element point: the first segment at or after that child.
  const child = node.childNodes[offset];
  if (child) {
    for (const seg of snapshot.segments) {
      if (seg.node === child || child.contains(seg.node)) return seg.start;
    }
  }
  return -1;
}
