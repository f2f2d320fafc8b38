/** Tooltip: explains the findings at one spot and offers their fixes; page and rule text are rendered as text, never HTML. */
import type { Box } from './mirror.js';
import type { CheckFinding } from './types.js';

/** One finding at the hovered spot, with its fix action when it has a safe replacement. */
export interface TooltipEntry {
  finding: CheckFinding;
  /** The page text the finding covers, quoted back as text. */
  problemText: string;
  onFix?: () => void;
}

export interface Tooltip {
  readonly element: HTMLElement;
  /** Shows every finding at one spot (a claim can also be a brand-voice term), most severe first; "Ignore" calls `onIgnore`. */
  show(anchor: Box, entries: readonly TooltipEntry[], onIgnore?: () => void): void;
  hide(): void;
  readonly visible: boolean;
}

const STYLE = `
.tip { position: fixed; max-width: 320px; box-sizing: border-box; padding: 10px 12px; border-radius: 8px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #fff;
  border: 1px solid #d0d7de; box-shadow: 0 6px 20px rgba(0,0,0,.18); pointer-events: auto; z-index: 2147483647; }
.tip[hidden] { display: none; }
.head { display: flex; gap: 6px; align-items: center; margin-bottom: 4px; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #57606a; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: var(--c); }
.error { --c: #d93025; } .warning { --c: #e37400; } .info { --c: #1a73e8; }
.msg { margin: 0 0 6px; }
.item + .item { margin-top: 8px; padding-top: 8px; border-top: 1px solid #d0d7de; }
.row { margin-top: 8px; }
.quote { font-style: italic; color: #57606a; }
.row { display: flex; gap: 8px; flex-wrap: wrap; }
button { font: inherit; border-radius: 6px; padding: 4px 10px; cursor: pointer; border: 1px solid #d0d7de; background: #f6f8fa; color: inherit; }
button.fix { background: #1a7f37; border-color: #1a7f37; color: #fff; }
@media (prefers-color-scheme: dark) {
  .tip { color: #e6edf3; background: #161b22; border-color: #30363d; }
  .head, .quote { color: #8b949e; }
  .item + .item { border-top-color: #30363d; }
  button { background: #21262d; border-color: #30363d; }
}
`;

/** The label of the fix button: what the text becomes. */
export function fixLabel(finding: CheckFinding): string | null {
  if (finding.fix?.kind !== 'replace') return null;
  return finding.fix.text === '' ? 'Remove' : `Replace with “${finding.fix.text}”`;
}

export function createTooltip(root: ShadowRoot): Tooltip {
  const doc = root.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'dialog');
  tip.setAttribute('aria-label', 'revloop copy check');
  tip.hidden = true;
  root.append(style, tip);

  const el = (tag: string, cls: string, text?: string) => {
    const node = doc.createElement(tag);
    node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  return {
    element: tip,
    get visible() {
      return !tip.hidden;
    },
    show(anchor, entries, onIgnore) {
      const items = entries.map(({ finding, problemText, onFix }, i) => {
        const item = el('section', 'item');
        const head = el('div', `head ${finding.severity}`);
        head.append(el('span', 'dot'), el('span', 'cat', `${finding.category} · ${finding.severity}`));
        item.append(head);
        // Quote the words once when several findings cover the same ones.
        if (i === 0 || entries[i - 1]?.problemText !== problemText) {
          item.append(
            el('div', 'quote', `“${problemText.length > 60 ? `${problemText.slice(0, 57)}…` : problemText}”`),
          );
        }
        item.append(el('p', 'msg', finding.message));
        const label = fixLabel(finding);
        if (label && onFix) {
          const fix = el('button', 'fix', label) as HTMLButtonElement;
          fix.type = 'button';
          fix.dataset.rule = finding.ruleId;
          // Keep the editor's selection and focus: a mousedown on the button must not blur it first.
          fix.addEventListener('mousedown', (e) => e.preventDefault());
          fix.addEventListener('click', onFix);
          item.append(fix);
        } else if (finding.fix?.kind === 'suggest') {
          item.append(el('p', 'quote', `Try: ${finding.fix.text}`));
        }
        return item;
      });
      const row = el('div', 'row');
      const dismiss = el('button', 'dismiss', 'Ignore') as HTMLButtonElement;
      dismiss.type = 'button';
      dismiss.title = 'Hide these findings here until the page reloads';
      dismiss.addEventListener('mousedown', (e) => e.preventDefault());
      dismiss.addEventListener('click', () => {
        tip.hidden = true;
        onIgnore?.();
      });
      row.append(dismiss);
      tip.replaceChildren(...items, row);
      tip.hidden = false;
      const view = doc.defaultView;
      const vw = view?.innerWidth ?? 1024;
      const vh = view?.innerHeight ?? 768;
      const h = tip.offsetHeight || 120;
      const w = tip.offsetWidth || 320;
      const below = anchor.top + anchor.height + 6;
      tip.style.top = `${below + h > vh ? Math.max(4, anchor.top - h - 6) : below}px`;
      tip.style.left = `${Math.max(4, Math.min(anchor.left, vw - w - 4))}px`;
    },
    hide() {
      tip.hidden = true;
    },
  };
}
