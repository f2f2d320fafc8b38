/** Lint scheduler: trailing debounce per field, and results computed on stale text are discarded by version. */

export interface SchedulerOptions<R> {
  delayMs: number;
  /** Reads the field's current text. */
  read(): string;
  /** Lints; may be async (e.g. a round trip to the service worker). */
  compute(text: string): R | Promise<R>;
  /** Called only with results for the text that is still in the field. */
  commit(result: R, text: string): void;
  /** Injected for tests; default `setTimeout`/`clearTimeout`. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface LintScheduler {
  /** The text changed: bump the version and (re)start the debounce. */
  request(): void;
  /** Lint now (first paint, focus), still subject to the stale check. */
  flush(): Promise<void>;
  /** While paused (IME composition), requests only bump the version. */
  pause(): void;
  resume(): void;
  cancel(): void;
  /** Bumped on every request; a result from an older version is never committed. */
  readonly version: number;
  /** How many results were dropped as stale (for tests and diagnostics). */
  readonly discarded: number;
}

export function createLintScheduler<R>(opts: SchedulerOptions<R>): LintScheduler {
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let version = 0;
  let discarded = 0;
  let paused = false;
  let cancelled = false;
  let timer: unknown;

  const stop = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  };

  const run = async () => {
    stop();
    if (cancelled) return;
    const asked = version;
    const text = opts.read();
    const result = await opts.compute(text);
    // Stale if the user typed meanwhile, or if the field changed without an event we saw.
    if (cancelled || asked !== version || opts.read() !== text) {
      discarded += 1;
      return;
    }
    opts.commit(result, text);
  };

  return {
    request() {
      version += 1;
      stop();
      if (!paused && !cancelled) timer = setTimer(() => void run(), opts.delayMs);
    },
    flush: run,
    pause() {
      paused = true;
      stop();
    },
    resume() {
      paused = false;
      this.request();
    },
    cancel() {
      cancelled = true;
      stop();
    },
    get version() {
      return version;
    },
    get discarded() {
      return discarded;
    },
  };
}
