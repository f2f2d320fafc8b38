// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clipBox, fieldBox, frameOffset } from './geometry.js';

describe('geometry', () => {
  it('clips a box to the visible field', () => {
    const field = { left: 0, top: 0, width: 100, height: 50 };
    expect(clipBox({ left: 10, top: 10, width: 20, height: 10 }, field)).toEqual({
      left: 10,
      top: 10,
      width: 20,
      height: 10,
    });
    expect(clipBox({ left: 90, top: 45, width: 20, height: 10 }, field)).toEqual({
      left: 90,
      top: 45,
      width: 10,
      height: 5,
    });
    expect(clipBox({ left: 10, top: 60, width: 20, height: 10 }, field)).toBeNull();
    expect(clipBox({ left: 100, top: 10, width: 5, height: 10 }, field)).toBeNull();
  });

  it('has no frame offset in the top document', () => {
    expect(frameOffset(document)).toEqual({ x: 0, y: 0 });
  });

  it('measures a field in the top document by its own box', () => {
    const ta = document.createElement('textarea');
    document.body.append(ta);
    const r = ta.getBoundingClientRect();
    expect(fieldBox(ta)).toEqual({ left: r.left, top: r.top, width: r.width, height: r.height });
  });
});
