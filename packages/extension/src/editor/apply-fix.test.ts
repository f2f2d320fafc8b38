// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyFix, spliceText } from './apply-fix.js';
import { snapshotField } from './text-model.js';

describe('spliceText', () => {
  it('replaces, deletes and inserts by UTF-16 range', () => {
    expect(spliceText('It cures acne', [3, 8], 'soothes')).toBe('It soothes acne');
    expect(spliceText('a  b', [1, 2], '')).toBe('a b');
    expect(spliceText('ab', [1, 1], 'X')).toBe('aXb');
  });
});

describe('applyFix', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('refuses to touch a field whose text changed since the lint', () => {
    const ta = document.createElement('textarea');
    ta.value = 'It cures acne!';
    document.body.append(ta);
    const out = applyFix(ta, 'It cures acne', [3, 8], 'soothes');
    expect(out).toEqual({ ok: false, reason: 'stale', text: 'It cures acne!' });
    expect(ta.value).toBe('It cures acne!');
  });

  it('falls back to a value edit plus an input event when execCommand is unavailable', () => {
    const ta = document.createElement('textarea');
    ta.value = 'It cures acne';
    document.body.append(ta);
    const inputs: string[] = [];
    ta.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    const out = applyFix(ta, 'It cures acne', [3, 8], 'soothes');
    expect(out).toMatchObject({ ok: true, text: 'It soothes acne' });
    expect(ta.value).toBe('It soothes acne');
    expect(inputs).toContain('insertReplacementText');
  });

  it('uses execCommand when the engine supports it', () => {
    const ta = document.createElement('textarea');
    ta.value = 'It cures acne';
    document.body.append(ta);
    // happy-dom has no execCommand: stand in for the browser's native one.
    const exec = vi.fn((cmd: string, _ui: boolean, value: string) => {
      ta.setRangeText(value, ta.selectionStart ?? 0, ta.selectionEnd ?? 0);
      return cmd === 'insertText';
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    try {
      expect(applyFix(ta, 'It cures acne', [3, 8], 'soothes')).toMatchObject({ ok: true, path: 'execCommand' });
      expect(exec).toHaveBeenCalledWith('insertText', false, 'soothes');
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
  });

  it('lets a rich editor handle beforeinput itself', () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.innerHTML = '<p>It cures acne</p>';
    document.body.append(el);
    el.addEventListener('beforeinput', (e) => {
      e.preventDefault();
      // A model-driven editor re-renders from its own state.
      el.innerHTML = `<p>It ${(e as InputEvent).data} acne</p>`;
    });
    expect(applyFix(el, 'It cures acne', [3, 8], 'soothes')).toMatchObject({ ok: true, path: 'beforeinput' });
    expect(snapshotField(el).text).toBe('It soothes acne');
  });

  it('edits a contenteditable across inline markup when nobody handles beforeinput', () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.innerHTML = '<p>It is <b>clinically</b> proven.</p><p>Next</p>';
    document.body.append(el);
    const text = snapshotField(el).text;
    const start = text.indexOf('clinically proven');
    const out = applyFix(el, text, [start, start + 'clinically proven'.length], 'dermatologist tested');
    expect(out).toMatchObject({ ok: true, path: 'dom', text: 'It is dermatologist tested.\nNext' });
  });

  it('deletes a span when the replacement is empty', () => {
    const input = document.createElement('input');
    input.value = 'Best  serum';
    document.body.append(input);
    expect(applyFix(input, 'Best  serum', [4, 5], '')).toMatchObject({ ok: true, text: 'Best serum' });
  });
});
