/** Test-only content-script state, read by the browser tests through a runtime message; absent from release builds. */
// Every call site sits behind `if (__REVLOOP_TEST__)`, so release builds drop this module and its strings entirely.
// Nothing is written to the page: the state lives in the content script's isolated world.
import type { CheckerStats } from '../editor/checker-controller.js';

/** The message the service worker (from a test's `serviceWorker.evaluate`) sends to a tab to read the state. */
export const TEST_STATE_KIND = 'test:state';

export interface ContentTestState {
  /** Features that ran on the last run, e.g. `['listing-audit']`; empty before the first run ends. */
  ran: string[];
  /** Completed runs (bumped after each run). */
  runs: number;
  /** The last extraction: `start` on the page's `performance.now()` clock and its duration, in ms. */
  extract: { start: number; ms: number } | null;
  /** The editor checker's counters, when it runs on this page. */
  editor: CheckerStats | null;
}

const state = { ran: [] as string[], runs: 0, extract: null as ContentTestState['extract'] };
let editorStats: (() => CheckerStats) | null = null;

export function noteRun(ran: string[]): void {
  state.ran = ran;
  state.runs += 1;
}

export function noteExtraction(start: number, ms: number): void {
  state.extract = { start, ms };
}

export function noteEditorStats(read: () => CheckerStats): void {
  editorStats = read;
}

export function isTestStateRequest(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { kind?: unknown }).kind === TEST_STATE_KIND;
}

export function testState(): ContentTestState {
  return { ...state, ran: [...state.ran], editor: editorStats ? editorStats() : null };
}
