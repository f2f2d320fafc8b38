// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createScoreBadge, scoreBandFor } from './score-badge.js';

describe('score badge', () => {
  const thresholds = { good: 90, fair: 70 };

  it('bands scores by the team thresholds', () => {
    expect(scoreBandFor(95, thresholds)).toBe('good');
    expect(scoreBandFor(90, thresholds)).toBe('good');
    expect(scoreBandFor(70, thresholds)).toBe('fair');
    expect(scoreBandFor(69, thresholds)).toBe('poor');
  });

  it('shows the score with an accessible summary and opens findings on click', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const onClick = vi.fn();
    const badge = createScoreBadge(host.attachShadow({ mode: 'open' }), thresholds, onClick);
    badge.show(
      { left: 100, top: 100, width: 300, height: 120 },
      { score: 62, issues: 2, label: 'Body', placement: 'generic' },
    );
    expect(badge.element.hidden).toBe(false);
    expect(badge.element.textContent).toBe('62');
    expect(badge.element.dataset.band).toBe('poor');
    expect(badge.element.getAttribute('aria-label')).toBe('Body (generic): score 62, 2 issues');
    expect(badge.element.style.left).toBe('360px');
    badge.element.click();
    expect(onClick).toHaveBeenCalledOnce();
    badge.hide();
    expect(badge.element.hidden).toBe(true);
  });

  it('sits right of single-line fields', () => {
    const host = document.createElement('div');
    const badge = createScoreBadge(host.attachShadow({ mode: 'open' }), thresholds, () => {});
    badge.show(
      { left: 0, top: 10, width: 200, height: 32 },
      { score: 100, issues: 0, label: 'Title', placement: undefined },
    );
    expect(badge.element.style.left).toBe('206px');
    expect(badge.element.style.top).toBe('15px');
  });
});
