/** Overlay: one shadow-root layer over the page that draws underlines; it never touches the editor's DOM. */
import type { Box } from './mirror.js';
import type { CheckFinding } from './types.js';

export const OVERLAY_TAG = 'revloop-editor-checker';

export interface Underline {
  box: Box;
  severity: CheckFinding['severity'];
  /** Index of the finding in its field's current result. */
  index: number;
  ruleId: string;
}

export interface Overlay {
  /** Shadow root the tooltip and the badge render into. */
  readonly root: ShadowRoot;
  /** Invisible element the textarea mirror measures with. */
  readonly mirror: HTMLElement;
  draw(fieldId: string, lines: readonly Underline[]): void;
  clear(fieldId: string): void;
  /** The underlines under a viewport point (a few px of slack below the text): overlapping findings all count. */
  hitTest(x: number, y: number): { fieldId: string; indices: number[] } | null;
  destroy(): void;
}

const STYLE = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; overflow: hidden; z-index: 2147483646; }
.u { position: fixed; pointer-events: none; box-sizing: border-box; border-bottom: 2px solid var(--c); background: color-mix(in srgb, var(--c) 12%, transparent); border-radius: 1px; }
.u.error { --c: #d93025; }
.u.warning { --c: #e37400; }
.u.info { --c: #1a73e8; }
.mirror { position: fixed; visibility: hidden; pointer-events: none; top: 0; left: 0; }
`;

export function createOverlay(doc: Document): Overlay {
  const host = doc.createElement(OVERLAY_TAG);
  host.setAttribute(
    'style',
    'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;',
  );
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const mirror = doc.createElement('div');
  mirror.className = 'mirror';
  mirror.setAttribute('aria-hidden', 'true');
  root.append(style, layer, mirror);
  doc.documentElement.append(host);

  const groups = new Map<string, { el: HTMLElement; lines: readonly Underline[] }>();

  return {
    root,
    mirror,
    draw(fieldId, lines) {
      let group = groups.get(fieldId);
      if (!group) {
        const el = doc.createElement('div');
        el.dataset.field = fieldId;
        layer.append(el);
        group = { el, lines };
        groups.set(fieldId, group);
      }
      group.lines = lines;
      const nodes = lines.map((line) => {
        const u = doc.createElement('div');
        u.className = `u ${line.severity}`;
        u.dataset.rule = line.ruleId;
        u.dataset.index = String(line.index);
        u.style.left = `${line.box.left}px`;
        u.style.top = `${line.box.top}px`;
        u.style.width = `${line.box.width}px`;
        u.style.height = `${line.box.height}px`;
        return u;
      });
      group.el.replaceChildren(...nodes);
    },
    clear(fieldId) {
      groups.get(fieldId)?.el.remove();
      groups.delete(fieldId);
    },
    hitTest(x, y) {
      for (const [fieldId, group] of groups) {
        const indices: number[] = [];
        for (const line of group.lines) {
          const b = line.box;
          const inside = x >= b.left && x <= b.left + b.width && y >= b.top && y <= b.top + b.height + 3;
          if (inside && !indices.includes(line.index)) indices.push(line.index);
        }
        if (indices.length > 0) return { fieldId, indices };
      }
      return null;
    },
    destroy() {
      host.remove();
      groups.clear();
    },
  };
}
