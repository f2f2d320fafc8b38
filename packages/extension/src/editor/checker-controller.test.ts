// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadEditorFixture } from '../../test/fixtures/editors/fixture-dom.js';
import { gutenbergAdapter } from './adapters/gutenberg.js';
import { plainFieldAdapter } from './adapters/plain-field.js';
import { createEditorChecker } from './checker-controller.js';
import { OVERLAY_TAG } from './overlay.js';
import type { CheckResult, CheckText } from './types.js';

/** A stand-in for lintCopy: flags "cures" with a fix, scores 100 minus 40 per hit. */
const fakeCheck: CheckText = (text): CheckResult => {
  const findings = [...text.matchAll(/cures/g)].map((m) => ({
    ruleId: 'copy/health-claim',
    category: 'claims',
    severity: 'error' as const,
    message: 'Unsubstantiated health claim.',
    range: [m.index, m.index + 5] as [number, number],
    fix: { kind: 'replace' as const, range: [m.index, m.index + 5] as [number, number], text: 'soothes' },
  }));
  return { score: Math.max(0, 100 - 40 * findings.length), findings, placement: 'generic' };
};

const badge = () =>
  document.documentElement.querySelector(OVERLAY_TAG)?.shadowRoot?.querySelector<HTMLButtonElement>('.badge');

describe('editor checker controller', () => {
  let abort: AbortController;
  beforeEach(() => {
    abort = new AbortController();
    document.body.innerHTML = '';
  });
  afterEach(() => abort.abort());

  function start(adapters = [plainFieldAdapter], check: CheckText = fakeCheck) {
    const placements: string[] = [];
    const checker = createEditorChecker({
      doc: document,
      adapters,
      check: (text, field) => {
        placements.push(field.key);
        return check(text, field);
      },
      thresholds: { good: 90, fair: 70 },
      signal: abort.signal,
      delayMs: 30,
    });
    return { checker, placements };
  }

  it('attaches a plain field on focus, lints it and shows the score', async () => {
    const ta = document.createElement('textarea');
    ta.value = 'This balm cures eczema.';
    document.body.append(ta);
    const { checker, placements } = start();
    expect(checker.stats().fields).toBe(0);
    ta.focus();
    await vi.waitFor(() => expect(badge()?.textContent).toBe('60'));
    expect(placements).toEqual(['generic.textarea']);
    expect(badge()?.title).toBe('Field (generic): score 60, 1 issue');
    expect(badge()?.dataset.band).toBe('poor');
    expect(checker.stats()).toMatchObject({ fields: 1, lints: 1 });
  });

  it('debounces typing into one lint and updates the score', async () => {
    const ta = document.createElement('textarea');
    ta.value = 'This balm cures eczema.';
    document.body.append(ta);
    const { checker } = start();
    ta.focus();
    await vi.waitFor(() => expect(checker.stats().lints).toBe(1));
    for (const v of ['This balm s', 'This balm soo', 'This balm soothes eczema.']) {
      ta.value = v;
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await vi.waitFor(() => expect(badge()?.textContent).toBe('100'));
    expect(checker.stats().lints).toBe(2);
  });

  it('discards a slow result computed on text that changed meanwhile', async () => {
    const ta = document.createElement('textarea');
    ta.value = 'first';
    document.body.append(ta);
    const slow: CheckText = (text) =>
      new Promise((resolve) => setTimeout(() => resolve({ score: text.length, findings: [] }), 60));
    const { checker } = start([plainFieldAdapter], slow);
    ta.focus();
    ta.value = 'second text';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(badge()?.textContent).toBe('11'));
    expect(checker.stats().discarded).toBeGreaterThanOrEqual(1);
  });

  it('attaches the known fields of an editor adapter eagerly', async () => {
    loadEditorFixture('gutenberg.html');
    const { checker, placements } = start([gutenbergAdapter, plainFieldAdapter]);
    expect(checker.stats().fields).toBe(4);
    expect(placements).toContain('wordpress.post.content');
    await vi.waitFor(() => expect(checker.stats().lints).toBe(4));
  });

  it('removes its UI and stops linting on abort', async () => {
    const ta = document.createElement('textarea');
    document.body.append(ta);
    const { checker } = start();
    ta.focus();
    await vi.waitFor(() => expect(checker.stats().lints).toBe(1));
    abort.abort();
    expect(document.documentElement.querySelector(OVERLAY_TAG)).toBeNull();
    ta.value = 'cures';
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 60));
    expect(checker.stats().lints).toBe(1);
  });
});
