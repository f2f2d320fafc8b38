/** Toolbar badge: the score per tab, coloured by band (good green, fair amber, poor red), or "?" for a page that is not a product. */
import { scoreBand } from '@revloop/core/engine';
import type { ListingPageWall } from '@revloop/core/listing';
import { browser } from '../platform/browser.js';
import type { Thresholds } from '../settings/schema.js';

export const BAND_COLORS = { good: '#15803d', fair: '#b45309', poor: '#b91c1c' } as const;
/** Neutral grey for a page that was not scored: no band, so no band colour. */
export const UNSCORED_COLOR = '#6b7280';
export const UNSCORED_TEXT = '?';

export async function setScoreBadge(tabId: number, score: number, thresholds: Thresholds): Promise<void> {
  const band = scoreBand(score, thresholds);
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: String(score) }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BAND_COLORS[band] }),
    browser.action.setTitle({ tabId, title: `revloop: listing score ${score}/100 (${band})` }),
  ]);
  // Chrome only: white text keeps contrast on all three bands.
  await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }).catch(() => {});
}

/** A captcha, bot check or consent wall: "?" in grey, and a title that says why; never a score. */
export async function setWallBadge(tabId: number, wall: ListingPageWall | undefined): Promise<void> {
  const why = wall ? `: ${wall.evidence}` : '';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: UNSCORED_TEXT }),
    browser.action.setBadgeBackgroundColor({ tabId, color: UNSCORED_COLOR }),
    browser.action.setTitle({ tabId, title: `revloop: Not a product page${why}` }),
  ]);
  await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }).catch(() => {});
}

export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
}
