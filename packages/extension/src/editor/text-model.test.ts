// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { isValueField, offsetOfPoint, rangeForSpan, snapshotField, snapshotRich } from './text-model.js';

function rich(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('text model', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads textarea and input values as-is', () => {
    const ta = document.createElement('textarea');
    ta.value = 'Clinically proven\nserum';
    const input = document.createElement('input');
    input.value = 'Title';
    expect(isValueField(ta) && isValueField(input)).toBe(true);
    expect(snapshotField(ta)).toEqual({ text: 'Clinically proven\nserum', segments: [] });
    expect(snapshotField(input).text).toBe('Title');
  });

  it('joins inline nodes and turns blocks and <br> into one newline each', () => {
    const el = rich('<p>Our <strong>serum</strong> cures acne.</p><p>Line one<br>line two</p>');
    const snap = snapshotRich(el);
    expect(snap.text).toBe('Our serum cures acne.\nLine one\nline two');
  });

  it('skips non-editable islands and scripts', () => {
    const el = rich('<p>Keep <span contenteditable="false">widget</span>this</p><script>x()</script>');
    expect(snapshotRich(el).text).toBe('Keep this');
  });

  it('maps a span inside one text node to the exact DOM range', () => {
    const el = rich('<p>Our serum cures acne.</p>');
    const snap = snapshotRich(el);
    const start = snap.text.indexOf('cures');
    const range = rangeForSpan(snap, start, start + 5)!;
    expect(range.toString()).toBe('cures');
  });

  it('maps a span across inline elements', () => {
    const el = rich('<p>It is <em>clinically</em> proven to work</p>');
    const snap = snapshotRich(el);
    const start = snap.text.indexOf('clinically proven');
    expect(rangeForSpan(snap, start, start + 'clinically proven'.length)!.toString()).toBe('clinically proven');
  });

  it('maps spans in a later block after the virtual newline', () => {
    const el = rich('<p>First</p><p>Second cures</p>');
    const snap = snapshotRich(el);
    expect(snap.text).toBe('First\nSecond cures');
    const start = snap.text.indexOf('cures');
    expect(rangeForSpan(snap, start, start + 5)!.toString()).toBe('cures');
  });

  it('rejects empty and out-of-bounds spans', () => {
    const snap = snapshotRich(rich('<p>abc</p>'));
    expect(rangeForSpan(snap, 1, 1)).toBeNull();
    expect(rangeForSpan(snap, 2, 9)).toBeNull();
    expect(rangeForSpan(snap, -1, 2)).toBeNull();
  });

  it('maps DOM points back to offsets', () => {
    const el = rich('<p>ab</p><p>cd</p>');
    const snap = snapshotRich(el);
    const second = el.querySelectorAll('p')[1]!.firstChild!;
    expect(offsetOfPoint(snap, second, 1)).toBe(4);
    expect(offsetOfPoint(snap, el, 1)).toBe(2);
    expect(offsetOfPoint(snap, document.createElement('p'), 0)).toBe(-1);
  });

  it('round-trips every offset of a mixed document', () => {
    const el = rich('<h2>Héllo 👋</h2><p>a<b>b</b>c<br>d</p><ul><li>x</li><li>y</li></ul>');
    const snap = snapshotRich(el);
    for (let i = 0; i < snap.text.length; i++) {
      const range = rangeForSpan(snap, i, i + 1);
      expect(range, `offset ${i}`).not.toBeNull();
      const ch = snap.text[i];
      if (ch !== '\n') expect(range!.toString()).toBe(ch);
    }
  });
});
