/** Toolbar badge: the score per tab, coloured by band (good green, fair amber, poor red). */
import { scoreBand } from '@revloop/core/engine';
import { browser } from '../platform/browser.js';
import type { Thresholds } from '../settings/schema.js';

export const BAND_COLORS = { good: '#15803d', fair: '#b45309', poor: '#b91c1c' } as const;

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

export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
}
