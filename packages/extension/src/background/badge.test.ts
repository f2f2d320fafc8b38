/** Toolbar badge: a score in its band colour, or a grey "?" with the reason for a page that is not a product. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const action = vi.hoisted(() => ({
  setBadgeText: vi.fn(async () => {}),
  setBadgeBackgroundColor: vi.fn(async () => {}),
  setTitle: vi.fn(async () => {}),
  setBadgeTextColor: vi.fn(async () => {}),
}));
vi.mock('../platform/browser.js', () => ({ browser: { action } }));

const { BAND_COLORS, setScoreBadge, setWallBadge, UNSCORED_COLOR } = await import('./badge.js');
const thresholds = { good: 85, fair: 60 };

beforeEach(() => {
  for (const fn of Object.values(action)) fn.mockClear();
});

describe('toolbar badge', () => {
  it('shows a score with its band colour and title', async () => {
    await setScoreBadge(3, 72, thresholds);
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 3, text: '72' });
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 3, color: BAND_COLORS.fair });
    expect(action.setTitle).toHaveBeenCalledWith({ tabId: 3, title: 'revloop: listing score 72/100 (fair)' });
  });

  it('shows a walled page as "?" in a neutral colour, with the evidence in the title and no score', async () => {
    await setWallBadge(5, { kind: 'bot-wall', evidence: 'the page says "robot check"' });
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: '?' });
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 5, color: UNSCORED_COLOR });
    expect(Object.values(BAND_COLORS)).not.toContain(UNSCORED_COLOR);
    expect(action.setTitle).toHaveBeenCalledWith({
      tabId: 5,
      title: 'revloop: Not a product page: the page says "robot check"',
    });
  });
});
