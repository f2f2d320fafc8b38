/** The latest audit of a tab, refreshed live when the SW stores a new one (storage.session change). */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AuditRecord } from '../audit/record.js';
import { browser } from '../platform/browser.js';
import { request } from '../ui/request.js';

export function useTabAudit(tabId: number | null) {
  const [record, setRecord] = useState<AuditRecord | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    void request({ kind: 'audit:get', tabId }).then(
      (r) => live && setRecord(r ?? null),
      (e: Error) => live && setError(e.message),
    );
    const key = `tab:${tabId}`;
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (key in changes) setRecord((changes[key]!.newValue as AuditRecord | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);

  const run = useCallback(async () => {
    if (tabId === null) return;
    setLoading(true);
    setError(null);
    try {
      const r = await request({ kind: 'audit:run', tabId });
      setRecord(r ?? null);
      if (!r) setError('noAudit');
    } catch (e) {
      setError(String((e as Error).message ?? e));
    } finally {
      setLoading(false);
    }
  }, [tabId]);

  return { record, loading, error, run };
}
