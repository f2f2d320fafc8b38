/** Options page: brand profile, enabled sites, rule overrides, campaign policy, thresholds; import/export as JSON. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser.js';
import { CampaignPolicySchema, CopyConfigSchema } from '../settings/core-schemas.js';
import {
  type ExtensionSettings,
  ExtensionSettingsSchema,
  exportSettings,
  importSettings,
  SETTINGS_VERSION,
  type SettingsIssue,
  settingsIssues,
} from '../settings/schema.js';
import { loadSettings, saveSettings } from '../settings/storage.js';
import { downloadText } from '../ui/download.js';
import { t } from '../ui/i18n.js';
import { BrandEditor } from './BrandEditor.js';
import { IssueList } from './IssueList.js';
import { JsonField } from './JsonField.js';
import { OverridesEditor } from './OverridesEditor.js';
import { PlacementsEditor } from './PlacementsEditor.js';
import { SitesEditor } from './SitesEditor.js';

export function OptionsApp() {
  const [settings, setSettings] = useState<ExtensionSettings | null>(null);
  const [draft, setDraft] = useState<ExtensionSettings | null>(null);
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [issues, setIssues] = useState<SettingsIssue[]>([]);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    void loadSettings().then((s) => {
      setSettings(s);
      setDraft(s);
    });
  }, []);
  if (!settings || !draft) return <p class="muted">Loading…</p>;

  const patch = (change: Partial<ExtensionSettings>) => setDraft({ ...draft, ...change });
  const mark = (key: string, bad: boolean) =>
    setInvalid((prev) => {
      const next = new Set(prev);
      if (bad) next.add(key);
      else next.delete(key);
      return next;
    });

  const save = async (next: ExtensionSettings) => {
    const r = ExtensionSettingsSchema.safeParse(next);
    if (!r.success) return setIssues(settingsIssues(r.error));
    const saved = await saveSettings(r.data);
    await browser.runtime.sendMessage({ kind: 'settings:changed' }).catch(() => {});
    setIssues([]);
    setSettings(saved);
    setDraft(saved);
    setStatus(t('optionsSaved'));
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    const result = importSettings(await file.text(), settings);
    if (!result.ok) {
      setStatus(null);
      return setIssues(result.errors);
    }
    await save(result.settings);
    setStatus(t('optionsImported'));
  };

  return (
    <div class="content" style={{ padding: 0 }}>
      <header class="row">
        <h1>{t('optionsTitle')}</h1>
        <span class="chip" data-testid="schema-version">
          schema v{SETTINGS_VERSION}
        </span>
        <span class="spacer" />
        <label class="row" style={{ margin: 0 }}>
          <span>{t('optionsImport')}</span>
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            style={{ width: 'auto' }}
            onChange={(e) => {
              void onImport(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <button
          type="button"
          onClick={() => downloadText('revloop-settings.json', exportSettings(settings), 'application/json')}
        >
          {t('optionsExport')}
        </button>
      </header>
      {status && (
        <p class="good-note" role="status" data-testid="status">
          {status}
        </p>
      )}
      <IssueList title={t('optionsImportFailed')} issues={issues} />

      <section class="card">
        <h2>Brand profile</h2>
        <p class="muted">
          Brand name and casing, banned words, substitutions, required disclaimers, substantiated claims.
        </p>
        <BrandEditor brand={draft.brand} onChange={(brand) => patch({ brand })} />
        <JsonField
          id="brand"
          label="Full brand profile, including custom rules (JSON)"
          value={draft.brand}
          schema={CopyConfigSchema}
          pathPrefix="brand"
          onValid={(brand) => {
            mark('brand', false);
            patch({ brand });
          }}
          onInvalid={() => mark('brand', true)}
        />
      </section>

      <section class="card">
        <h2>Enabled sites</h2>
        <p class="muted">The in-editor checker runs only on these sites, each after you grant access.</p>
        <SitesEditor sites={draft.enabledSites} onChange={(enabledSites) => void save({ ...draft, enabledSites })} />
      </section>

      <section class="card">
        <h2>Editor fields → placements</h2>
        <p class="muted">Which placement's limits and rules each editor field is checked against.</p>
        <PlacementsEditor
          mapping={draft.editorPlacements}
          onChange={(editorPlacements) => patch({ editorPlacements })}
        />
      </section>

      <section class="card">
        <h2>Rule severity overrides</h2>
        <OverridesEditor overrides={draft.ruleOverrides} onChange={(ruleOverrides) => patch({ ruleOverrides })} />
      </section>

      <section class="card">
        <h2>Campaign-link policy</h2>
        <JsonField
          id="campaign-policy"
          label="Policy (JSON)"
          value={draft.campaignPolicy}
          schema={CampaignPolicySchema}
          pathPrefix="campaignPolicy"
          onValid={(campaignPolicy) => {
            mark('campaignPolicy', false);
            patch({ campaignPolicy });
          }}
          onInvalid={() => mark('campaignPolicy', true)}
        />
      </section>

      <section class="card">
        <h2>Score thresholds</h2>
        <div class="grid2">
          <div>
            <label for="good">Good from</label>
            <input
              id="good"
              type="number"
              min={1}
              max={100}
              value={draft.thresholds.good}
              onInput={(e) => patch({ thresholds: { ...draft.thresholds, good: Number(e.currentTarget.value) } })}
            />
          </div>
          <div>
            <label for="fair">Fair from</label>
            <input
              id="fair"
              type="number"
              min={0}
              max={99}
              value={draft.thresholds.fair}
              onInput={(e) => patch({ thresholds: { ...draft.thresholds, fair: Number(e.currentTarget.value) } })}
            />
          </div>
        </div>
        <label class="row" style={{ fontWeight: 400 }}>
          <input
            type="checkbox"
            style={{ width: 'auto' }}
            checked={draft.autoAudit}
            onChange={(e) => patch({ autoAudit: e.currentTarget.checked })}
          />
          Show the score badge automatically on marketplace product pages
        </label>
      </section>

      <div class="row">
        <button
          type="button"
          class="primary"
          disabled={invalid.size > 0}
          onClick={() => void save(draft)}
          data-testid="save"
        >
          Save
        </button>
        <button type="button" onClick={() => setDraft(settings)}>
          Discard changes
        </button>
      </div>
    </div>
  );
}
