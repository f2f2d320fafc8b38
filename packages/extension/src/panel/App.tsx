/** Panel shell: brand bar, tabs (Audit, Compare, History, Tag link) and the tab the panel follows. */
import { useState } from 'preact/hooks';
import { LinkTool } from '../links/LinkTool.js';
import { browser } from '../platform/browser.js';
import { t } from '../ui/i18n.js';
import { AuditView } from './AuditView.js';
import { CompareView } from './CompareView.js';
import { HistoryView } from './HistoryView.js';
import { useTargetTab } from './use-tab.js';

const TABS = [
  ['audit', 'tabAudit'],
  ['compare', 'tabCompare'],
  ['history', 'tabHistory'],
  ['links', 'tabLinks'],
] as const;
type TabId = (typeof TABS)[number][0];

export function App() {
  const initial = (new URLSearchParams(location.search).get('view') as TabId | null) ?? 'audit';
  const [view, setView] = useState<TabId>(initial);
  const tab = useTargetTab();
  return (
    <div class="app">
      <header class="topbar">
        <span class="brand">
          <img src="icons/icon-32.png" alt="" /> revloop
        </span>
        <span class="spacer" />
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()} title="Settings">
          ⚙
        </button>
      </header>
      <div class="tabs" role="tablist">
        {TABS.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={view === id}
            data-view={id}
            onClick={() => setView(id)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <main class="content">
        {view === 'audit' && <AuditView tabId={tab.tabId} />}
        {view === 'compare' && <CompareView />}
        {view === 'history' && <HistoryView />}
        {view === 'links' && <LinkTool tabUrl={tab.url} />}
      </main>
    </div>
  );
}
