/** Checker controller: attaches to editor fields, lints them as the user types and draws underlines, tooltip and score. */
import { applyFix } from './apply-fix.js';
import { fieldBox, spanBoxes } from './geometry.js';
import { createOverlay, type Underline } from './overlay.js';
import { remapFindings } from './remap.js';
import { createLintScheduler, type LintScheduler } from './scheduler.js';
import { createScoreBadge } from './score-badge.js';
import { snapshotField, type TextSnapshot } from './text-model.js';
import { createTooltip } from './tooltip.js';
import type { CheckFinding, CheckResult, CheckText, EditorAdapter, EditorField } from './types.js';

const SEVERITY_RANK: Record<CheckFinding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Texts longer than this are not linted on every keystroke (Harper skips 120k too). */
export const MAX_TEXT = 120_000;

export interface CheckerOptions {
  doc: Document;
  /** Adapters active on this page, most specific first. */
  adapters: readonly EditorAdapter[];
  check: CheckText;
  /** Called with the active field's score after each committed lint (the toolbar badge mirrors it). */
  onActiveResult?(result: CheckResult): void;
  thresholds: { good: number; fair: number };
  signal: AbortSignal;
  delayMs?: number;
}

interface Session {
  id: string;
  field: EditorField;
  placement: string | undefined;
  scheduler: LintScheduler;
  /** The text `findings` refer to (remapped while typing, replaced on every committed lint). */
  text: string;
  snapshot: TextSnapshot;
  result: CheckResult | null;
  findings: CheckFinding[];
  /** "Ignore" in the tooltip: rule id + covered words, for this page view only (Harper ignores by context too). */
  ignored: Set<string>;
}

const ignoreKey = (f: CheckFinding, text: string): string =>
  `${f.ruleId}\u0000${f.range ? text.slice(f.range[0], f.range[1]) : ''}`;

export interface CheckerStats {
  fields: number;
  lints: number;
  discarded: number;
  /** Duration of the last lint call, in ms. */
  lastLintMs: number;
  maxLintMs: number;
}

export interface EditorChecker {
  /** Scans the adapters' known fields again (SPA navigation, new blocks, iframes that loaded). */
  refresh(): void;
  stats(): CheckerStats;
}

export function createEditorChecker(opts: CheckerOptions): EditorChecker {
  const { doc, signal } = opts;
  const win = doc.defaultView!;
  const overlay = createOverlay(doc);
  const tooltip = createTooltip(overlay.root);
  const sessions = new Map<string, Session>();
  const byElement = new WeakMap<HTMLElement, Session>();
  const listenedDocs = new WeakSet<Document>();
  // Fields that grow, shrink or move with the layout need their underlines redrawn.
  const resizes = new win.ResizeObserver(() => scheduleRender());
  const stats: CheckerStats = { fields: 0, lints: 0, discarded: 0, lastLintMs: 0, maxLintMs: 0 };
  let nextId = 1;
  let active: Session | null = null;
  let tipFor: { session: Session; indices: number[] } | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;

  const badge = createScoreBadge(overlay.root, opts.thresholds, () => {
    if (!active) return;
    const first = active.findings.find((f) => f.range && f.range[1] > f.range[0]);
    if (!first?.range) return;
    const [a, b] = first.range;
    // Everything overlapping the first underlined span, as a hover there would show.
    const at = active.findings.flatMap((f, i) => (f.range && f.range[0] < b && f.range[1] > a ? [i] : []));
    showTip(active, at);
  });

  const on = <K extends keyof HTMLElementEventMap>(
    target: EventTarget,
    type: K | string,
    fn: (e: Event) => void,
    capture = false,
  ) => target.addEventListener(type, fn, { signal, capture, passive: true });

  function render(s: Session): void {
    if (!s.field.element.isConnected) {
      drop(s);
      return;
    }
    const lines: Underline[] = [];
    s.findings.forEach((f, index) => {
      if (!f.range || f.range[1] <= f.range[0]) return;
      for (const box of spanBoxes(s.field.element, s.snapshot, f.range[0], f.range[1], overlay.mirror)) {
        lines.push({ box, severity: f.severity, index, ruleId: f.ruleId });
      }
    });
    // Most severe last, so an error's red line sits on top of a warning on the same words.
    lines.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
    overlay.draw(s.id, lines);
    if (s === active) {
      if (s.result) {
        badge.show(fieldBox(s.field.element), {
          score: s.result.score,
          issues: s.findings.length,
          label: s.field.label,
          placement: s.placement,
        });
      } else badge.hide();
    }
  }

  function renderAll(): void {
    frame = 0;
    for (const s of sessions.values()) render(s);
    // A tooltip whose findings are gone (the text changed) must not offer their fixes any more.
    if (tipFor && !tipFor.indices.every((i) => tipFor?.session.findings[i])) {
      tooltip.hide();
      tipFor = null;
    }
  }

  const scheduleRender = () => {
    if (!frame) frame = win.requestAnimationFrame(renderAll);
  };

  function commit(s: Session, result: CheckResult | null, text: string): void {
    if (!result) return;
    s.text = text;
    s.result = result;
    s.findings = result.findings.filter((f) => !s.ignored.has(ignoreKey(f, text)));
    s.placement = result.placement;
    if (tipFor?.session === s) tooltip.hide();
    render(s);
    if (s === active) opts.onActiveResult?.(result);
  }

  function drop(s: Session): void {
    s.scheduler.cancel();
    resizes.unobserve(s.field.element);
    overlay.clear(s.id);
    sessions.delete(s.id);
    if (active === s) {
      active = null;
      badge.hide();
    }
  }

  function attach(field: EditorField): Session {
    const existing = byElement.get(field.element);
    if (existing) return existing;
    const snapshot = snapshotField(field.element);
    const s: Session = {
      id: `f${nextId++}`,
      field,
      placement: undefined,
      text: snapshot.text,
      snapshot,
      result: null,
      findings: [],
      ignored: new Set(),
      scheduler: createLintScheduler<CheckResult | null>({
        delayMs: opts.delayMs ?? 200,
        read: () => {
          s.snapshot = snapshotField(field.element);
          return s.snapshot.text;
        },
        compute: async (text) => {
          if (text.length > MAX_TEXT) return null;
          const t0 = performance.now();
          const out = await opts.check(text, { key: field.key, role: field.role });
          // Measured round trip: the lint itself plus, in the extension, the message to the service worker.
          const ms = performance.now() - t0;
          stats.lints += 1;
          stats.lastLintMs = ms;
          stats.maxLintMs = Math.max(stats.maxLintMs, ms);
          return out;
        },
        commit: (result, text) => commit(s, result, text),
      }),
    };
    sessions.set(s.id, s);
    byElement.set(field.element, s);
    stats.fields += 1;
    const el = field.element;
    on(el, 'input', () => {
      // Move the old underlines with the text until the new lint lands.
      const snap = snapshotField(el);
      s.findings = remapFindings(s.findings, s.text, snap.text);
      s.text = snap.text;
      s.snapshot = snap;
      if (tipFor?.session === s) tooltip.hide();
      scheduleRender();
      s.scheduler.request();
    });
    on(el, 'compositionstart', () => s.scheduler.pause());
    on(el, 'compositionend', () => s.scheduler.resume());
    // `focus` misses an editable iframe body (the frame's window takes focus), so a pointer press counts too.
    on(el, 'focus', () => activate(s));
    on(el, 'pointerdown', () => activate(s));
    on(el, 'scroll', scheduleRender);
    resizes.observe(el);
    listenDoc(el.ownerDocument);
    void s.scheduler.flush();
    return s;
  }

  function activate(s: Session): void {
    const changed = active !== s;
    active = s;
    render(s);
    if (changed && s.result) opts.onActiveResult?.(s.result);
  }

  function showTip(s: Session, indices: number[]): void {
    // Findings arrive sorted by severity, so index order is most severe first.
    const shown = [...indices]
      .sort((a, b) => a - b)
      .flatMap((i) => {
        const f = s.findings[i];
        return f?.range ? [{ f, range: f.range }] : [];
      });
    const first = shown[0];
    if (!first) return;
    const anchor = spanBoxes(s.field.element, s.snapshot, first.range[0], first.range[1], overlay.mirror)[0];
    if (!anchor) return;
    clearTimeout(hideTimer);
    tipFor = { session: s, indices };
    const entries = shown.map(({ f, range }) => {
      const fix = f.fix;
      return {
        finding: f,
        problemText: s.text.slice(range[0], range[1]),
        onFix:
          fix?.kind === 'replace'
            ? () => {
                tooltip.hide();
                tipFor = null;
                const out = applyFix(s.field.element, s.text, fix.range, fix.text);
                if (out.ok) void s.scheduler.flush();
              }
            : undefined,
      };
    });
    tooltip.show(anchor, entries, () => {
      tipFor = null;
      for (const { f } of shown) s.ignored.add(ignoreKey(f, s.text));
      s.findings = s.findings.filter((f) => !s.ignored.has(ignoreKey(f, s.text)));
      render(s);
    });
  }

  /** Pointer position in the top viewport for an event from any (same-origin) frame document. */
  function topPoint(e: MouseEvent): { x: number; y: number } {
    let x = e.clientX;
    let y = e.clientY;
    let w = (e.view ?? null) as Window | null;
    while (w?.frameElement) {
      const r = (w.frameElement as HTMLElement).getBoundingClientRect();
      x += r.left + (w.frameElement as HTMLElement).clientLeft;
      y += r.top + (w.frameElement as HTMLElement).clientTop;
      w = w.frameElement.ownerDocument.defaultView;
    }
    return { x, y };
  }

  function onPointer(e: Event, immediate: boolean): void {
    const me = e as MouseEvent;
    if (me.composedPath().includes(tooltip.element)) {
      clearTimeout(hideTimer);
      return;
    }
    const p = topPoint(me);
    const hit = overlay.hitTest(p.x, p.y);
    const s = hit ? sessions.get(hit.fieldId) : undefined;
    if (hit && s) {
      const same = tipFor?.session === s && tipFor.indices.join() === hit.indices.join();
      clearTimeout(hideTimer);
      if (same && tooltip.visible) return;
      if (immediate) showTip(s, hit.indices);
      else hideTimer = setTimeout(() => showTip(s, hit.indices), 120);
    } else if (tooltip.visible && !immediate) {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => {
        tooltip.hide();
        tipFor = null;
      }, 400);
    } else if (immediate && tooltip.visible) {
      tooltip.hide();
      tipFor = null;
    }
  }

  function listenDoc(d: Document): void {
    if (listenedDocs.has(d)) return;
    listenedDocs.add(d);
    on(
      d,
      'scroll',
      () => {
        // A tooltip left behind by a scroll would point at nothing.
        if (tooltip.visible) tooltip.hide();
        tipFor = null;
        scheduleRender();
      },
      true,
    );
    on(d, 'mousemove', (e) => onPointer(e, false));
    on(d, 'click', (e) => onPointer(e, true));
    on(d, 'keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape' && tooltip.visible) tooltip.hide();
    });
    if (d.defaultView && d.defaultView !== win) on(d.defaultView, 'resize', scheduleRender);
  }

  function fieldFor(target: Element): EditorField | null {
    for (const a of opts.adapters) {
      const f = a.fieldFor?.(target);
      if (f) return f;
    }
    return null;
  }

  function refresh(): void {
    for (const a of opts.adapters) for (const f of a.fields(doc)) attach(f);
    for (const s of sessions.values()) if (!s.field.element.isConnected) drop(s);
  }

  listenDoc(doc);
  on(win, 'resize', scheduleRender);
  on(
    doc,
    'focusin',
    (e) => {
      const target = e.target as Element | null;
      if (target?.nodeType !== 1) return;
      const f = fieldFor(target);
      if (f) activate(attach(f));
    },
    true,
  );
  // Editor iframes (TinyMCE, the Gutenberg canvas) load after the page: rescan when any frame loads.
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, 250);
  };
  on(doc, 'load', refreshSoon, true);
  const observer = new win.MutationObserver((records) => {
    // Ignore our own overlay's mutations.
    if (records.every((r) => r.target === overlay.root.host || overlay.root.contains(r.target))) return;
    refreshSoon();
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      resizes.disconnect();
      clearTimeout(refreshTimer);
      clearTimeout(hideTimer);
      if (frame) win.cancelAnimationFrame(frame);
      for (const s of sessions.values()) s.scheduler.cancel();
      sessions.clear();
      overlay.destroy();
    },
    { once: true },
  );

  refresh();
  return {
    refresh,
    stats: () => ({ ...stats, discarded: [...sessions.values()].reduce((n, s) => n + s.scheduler.discarded, 0) }),
  };
}
