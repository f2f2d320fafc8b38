/** The tab the panel is about: `?tab=<id>` when given (tests, pinned panels), else the active tab, following tab switches. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser.js';

export function useTargetTab(): { tabId: number | null; url: string | null } {
  const pinned = Number(new URLSearchParams(location.search).get('tab'));
  const [state, setState] = useState<{ tabId: number | null; url: string | null }>({ tabId: null, url: null });
  useEffect(() => {
    const refresh = async () => {
      if (Number.isInteger(pinned) && pinned > 0) {
        const tab = await browser.tabs.get(pinned).catch(() => null);
        setState({ tabId: pinned, url: tab?.url ?? null });
        return;
      }
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      setState({ tabId: tab?.id ?? null, url: tab?.url ?? null });
    };
    void refresh();
    const onActivated = () => void refresh();
    const onUpdated = (_id: number, info: { url?: string; status?: string }) => {
      if (info.url || info.status === 'complete') void refresh();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [pinned]);
  return state;
}
