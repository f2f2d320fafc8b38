/** Macro picker: the ad platform's dynamic tokens, inserted into the field last focused. */
import { type CampaignMacroPlatformId, campaignMacros } from '@revloop/core/links';
import { useState } from 'preact/hooks';
import { t } from '../ui/i18n.js';

export function MacroPicker(props: { initial?: CampaignMacroPlatformId | undefined; onPick: (token: string) => void }) {
  const [platform, setPlatform] = useState<CampaignMacroPlatformId>(props.initial ?? 'meta');
  const current = campaignMacros.find((p) => p.id === platform) ?? campaignMacros[0]!;
  return (
    <div data-testid="macros">
      <label for="macro-platform">{t('linkMacros')}</label>
      <div class="row">
        <select
          id="macro-platform"
          value={platform}
          onChange={(e) => setPlatform(e.currentTarget.value as CampaignMacroPlatformId)}
          style={{ width: 'auto' }}
        >
          {campaignMacros.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
        <span class="muted">{current.syntax}</span>
      </div>
      <div class="row" style={{ marginTop: 6 }}>
        {current.macros.map((m) => (
          <button
            key={m.token}
            type="button"
            class="chip"
            title={m.meaning}
            data-token={m.token}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => props.onPick(m.token)}
          >
            {m.token}
          </button>
        ))}
      </div>
    </div>
  );
}
