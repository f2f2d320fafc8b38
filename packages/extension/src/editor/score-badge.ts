/** Score badge: a small floating score for the active field, coloured by band, that opens the first finding. */
import type { Box } from './mirror.js';

export interface BadgeState {
  score: number;
  issues: number;
  label: string;
  placement: string | undefined;
}

export interface ScoreBadge {
  readonly element: HTMLButtonElement;
  show(field: Box, state: BadgeState): void;
  hide(): void;
}

export type Band = 'good' | 'fair' | 'poor';

export function scoreBandFor(score: number, thresholds: { good: number; fair: number }): Band {
  return score >= thresholds.good ? 'good' : score >= thresholds.fair ? 'fair' : 'poor';
}

const STYLE = `
.badge { position: fixed; min-width: 28px; height: 22px; padding: 0 7px; border-radius: 11px; border: 0;
  font: 600 12px/22px system-ui, -apple-system, "Segoe UI", sans-serif; color: #fff; cursor: pointer;
  box-shadow: 0 1px 4px rgba(0,0,0,.25); pointer-events: auto; z-index: 2147483646; }
.badge[hidden] { display: none; }
.good { background: #1a7f37; } .fair { background: #b35900; } .poor { background: #cf222e; }
`;

export function createScoreBadge(
  root: ShadowRoot,
  thresholds: { good: number; fair: number },
  onClick: () => void,
): ScoreBadge {
  const doc = root.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const badge = doc.createElement('button');
  badge.type = 'button';
  badge.className = 'badge';
  badge.hidden = true;
  badge.addEventListener('mousedown', (e) => e.preventDefault());
  badge.addEventListener('click', onClick);
  root.append(style, badge);
  return {
    element: badge,
    show(field, state) {
      const band = scoreBandFor(state.score, thresholds);
      badge.className = `badge ${band}`;
      badge.dataset.band = band;
      badge.textContent = String(state.score);
      const where = state.placement ? ` (${state.placement})` : '';
      const issues = state.issues === 1 ? '1 issue' : `${state.issues} issues`;
      badge.title = `${state.label}${where}: score ${state.score}, ${issues}`;
      badge.setAttribute('aria-label', badge.title);
      // Inside the bottom-right corner of tall fields; just right of single-line fields.
      const tall = field.height >= 48;
      const left = tall ? field.left + field.width - 40 : field.left + field.width + 6;
      const top = tall ? field.top + field.height - 28 : field.top + (field.height - 22) / 2;
      badge.style.left = `${left}px`;
      badge.style.top = `${top}px`;
      badge.hidden = false;
    },
    hide() {
      badge.hidden = true;
    },
  };
}
