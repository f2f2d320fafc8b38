/** Background check: the content script's `CheckText`, a round trip to the service worker that runs the core. */
import type { EditorLintMessage } from './lint-message.js';
import type { CheckResult, CheckText } from './types.js';

/** The SW answers with a CheckResult; anything else (restart, error object) is "no answer". */
export function asCheckResult(raw: unknown): CheckResult | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Partial<CheckResult>;
  if (typeof r.score !== 'number' || !Array.isArray(r.findings)) return null;
  return {
    score: r.score,
    findings: r.findings,
    ...(typeof r.placement === 'string' ? { placement: r.placement } : {}),
  };
}

export function createBackgroundCheck(send: (message: EditorLintMessage) => Promise<unknown>): CheckText {
  return async (text, field) => asCheckResult(await send({ kind: 'editor:lint', text, field }));
}
