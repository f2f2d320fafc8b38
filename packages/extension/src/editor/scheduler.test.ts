/** Lint scheduler: debouncing, stale async results, IME composition and cancel. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLintScheduler } from './scheduler.js';

describe('createLintScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(compute: (t: string) => string | Promise<string> = (t) => t.toUpperCase()) {
    const field = { text: 'a' };
    const commits: string[] = [];
    const computeSpy = vi.fn(compute);
    const s = createLintScheduler<string>({
      delayMs: 200,
      read: () => field.text,
      compute: computeSpy,
      commit: (r) => commits.push(r),
    });
    return { field, commits, computeSpy, s };
  }

  it('debounces a burst of keystrokes into one lint of the final text', async () => {
    const { field, commits, computeSpy, s } = setup();
    for (const t of ['c', 'cu', 'cur', 'cure']) {
      field.text = t;
      s.request();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(computeSpy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(computeSpy).toHaveBeenCalledTimes(1);
    expect(commits).toEqual(['CURE']);
  });

  it('discards an async result when the text changed while it was computing', async () => {
    let release: (v: string) => void = () => {};
    const { field, commits, s } = setup((t) => (t === 'old' ? new Promise((r) => (release = r)) : t));
    field.text = 'old';
    s.request();
    await vi.advanceTimersByTimeAsync(200);
    field.text = 'new';
    s.request();
    release('OLD');
    await vi.advanceTimersByTimeAsync(0);
    expect(commits).toEqual([]);
    expect(s.discarded).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(commits).toEqual(['new']);
  });

  it('discards a result when the field changed without an event', async () => {
    let release: (v: string) => void = () => {};
    const { field, commits, s } = setup(() => new Promise((r) => (release = r)));
    const done = s.flush();
    field.text = 'changed silently';
    release('X');
    await done;
    expect(commits).toEqual([]);
    expect(s.discarded).toBe(1);
  });

  it('does not lint during IME composition and lints once it ends', async () => {
    const { field, commits, s } = setup();
    s.pause();
    field.text = 'にほ';
    s.request();
    await vi.advanceTimersByTimeAsync(1000);
    expect(commits).toEqual([]);
    field.text = '日本';
    s.resume();
    await vi.advanceTimersByTimeAsync(200);
    expect(commits).toEqual(['日本']);
  });

  it('never commits after cancel', async () => {
    const { commits, s } = setup();
    s.request();
    s.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    await s.flush();
    expect(commits).toEqual([]);
  });

  it('flush lints immediately', async () => {
    const { commits, s } = setup();
    await s.flush();
    expect(commits).toEqual(['A']);
    expect(s.version).toBe(0);
  });
});
