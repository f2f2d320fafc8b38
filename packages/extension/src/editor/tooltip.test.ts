// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createTooltip, fixLabel } from './tooltip.js';
import type { CheckFinding } from './types.js';

const finding: CheckFinding = {
  ruleId: 'copy/unsubstantiated-claim',
  category: 'claims',
  severity: 'error',
  message: 'Health claim "cures" needs substantiation <img src=x onerror=alert(1)>',
  range: [3, 8],
  fix: { kind: 'replace', range: [3, 8], text: 'soothes' },
};

function mount() {
  const host = document.createElement('div');
  document.body.append(host);
  return createTooltip(host.attachShadow({ mode: 'open' }));
}

describe('tooltip', () => {
  it('labels replace and remove fixes', () => {
    expect(fixLabel(finding)).toBe('Replace with “soothes”');
    expect(fixLabel({ ...finding, fix: { kind: 'replace', range: [0, 1], text: '' } })).toBe('Remove');
    expect(fixLabel({ ...finding, fix: { kind: 'suggest', text: 'x' } })).toBeNull();
  });

  it('renders rule and page text as text, never as HTML', () => {
    const tip = mount();
    tip.show({ left: 0, top: 0, width: 10, height: 10 }, [{ finding, problemText: '<b>cures</b>' }]);
    expect(tip.element.querySelector('img, b')).toBeNull();
    expect(tip.element.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(tip.element.textContent).toContain('“<b>cures</b>”');
  });

  it('offers the fix and calls back on click', () => {
    const tip = mount();
    const onFix = vi.fn();
    tip.show({ left: 0, top: 0, width: 10, height: 10 }, [{ finding, problemText: 'cures', onFix }]);
    const button = tip.element.querySelector<HTMLButtonElement>('button.fix')!;
    expect(button.textContent).toBe('Replace with “soothes”');
    button.click();
    expect(onFix).toHaveBeenCalledOnce();
  });

  it('lists every finding at one spot, each with its own fix', () => {
    const tip = mount();
    const fixes: string[] = [];
    const voice: CheckFinding = { ...finding, ruleId: 'copy/brand-voice/preferred-term', severity: 'warning' };
    tip.show({ left: 0, top: 0, width: 10, height: 10 }, [
      { finding: { ...finding, fix: { kind: 'suggest', text: 'cite it' } }, problemText: 'cures' },
      { finding: voice, problemText: 'cures', onFix: () => fixes.push(voice.ruleId) },
    ]);
    expect(tip.element.querySelectorAll('section.item')).toHaveLength(2);
    const buttons = tip.element.querySelectorAll<HTMLButtonElement>('button.fix');
    expect(buttons).toHaveLength(1);
    buttons[0]!.click();
    expect(fixes).toEqual(['copy/brand-voice/preferred-term']);
  });

  it('shows a suggestion without a button and reports Ignore', () => {
    const tip = mount();
    const suggest: CheckFinding = { ...finding, fix: { kind: 'suggest', text: 'cite the study' } };
    const onIgnore = vi.fn();
    tip.show({ left: 0, top: 0, width: 10, height: 10 }, [{ finding: suggest, problemText: 'x' }], onIgnore);
    expect(tip.element.querySelector('button.fix')).toBeNull();
    expect(tip.element.textContent).toContain('Try: cite the study');
    tip.element.querySelector<HTMLButtonElement>('button.dismiss')!.click();
    expect(tip.visible).toBe(false);
    expect(onIgnore).toHaveBeenCalledOnce();
  });
});
