/** The history index (latest audit per listing), refreshed when storage changes. */
import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '../audit/record.js';
import { browser } from '../platform/browser.js';
import { request } from '../ui/request.js';

export function useHistoryIndex(): HistoryEntry[] {
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  useEffect(() => {
    const load = () =>
      void request({ kind: 'history:list' }).then(
        (r) => setEntries(r ?? []),
        () => setEntries([]),
      );
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'historyIndex' in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return entries;
}
