// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createOverlay, OVERLAY_TAG } from './overlay.js';

describe('overlay', () => {
  afterEach(() => {
    document.documentElement.querySelector(OVERLAY_TAG)?.remove();
  });

  it('lives in a shadow root outside the editor and draws one element per box', () => {
    const editor = document.createElement('textarea');
    document.body.append(editor);
    const before = document.body.innerHTML;
    const o = createOverlay(document);
    o.draw('f1', [
      { box: { left: 10, top: 20, width: 50, height: 16 }, severity: 'error', index: 0, ruleId: 'copy/claim' },
      { box: { left: 10, top: 40, width: 30, height: 16 }, severity: 'info', index: 1, ruleId: 'copy/tone' },
    ]);
    expect(document.body.innerHTML).toBe(before);
    const host = document.documentElement.querySelector(OVERLAY_TAG)!;
    expect(host.shadowRoot).toBe(o.root);
    const lines = o.root.querySelectorAll('.u');
    expect([...lines].map((l) => l.className)).toEqual(['u error', 'u info']);
    expect((lines[0] as HTMLElement).style.left).toBe('10px');
    o.draw('f1', []);
    expect(o.root.querySelectorAll('.u')).toHaveLength(0);
  });

  it('hit-tests underlines with slack below the text, returning every overlapping finding', () => {
    const o = createOverlay(document);
    o.draw('f1', [
      { box: { left: 10, top: 20, width: 50, height: 16 }, severity: 'error', index: 3, ruleId: 'r' },
      { box: { left: 10, top: 20, width: 50, height: 16 }, severity: 'warning', index: 4, ruleId: 'q' },
      { box: { left: 200, top: 20, width: 50, height: 16 }, severity: 'warning', index: 5, ruleId: 'q' },
    ]);
    expect(o.hitTest(30, 30)).toEqual({ fieldId: 'f1', indices: [3, 4] });
    expect(o.hitTest(30, 38)).toEqual({ fieldId: 'f1', indices: [3, 4] });
    expect(o.hitTest(210, 30)).toEqual({ fieldId: 'f1', indices: [5] });
    expect(o.hitTest(30, 45)).toBeNull();
    o.clear('f1');
    expect(o.hitTest(30, 30)).toBeNull();
  });

  it('removes everything on destroy', () => {
    const o = createOverlay(document);
    o.destroy();
    expect(document.documentElement.querySelector(OVERLAY_TAG)).toBeNull();
  });
});
