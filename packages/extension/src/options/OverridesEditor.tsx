/** Rule severity overrides: rule id → off / error / warning / info. */
import { useState } from 'preact/hooks';
import { currentRuleId } from '../settings/rule-ids.js';
import type { RuleOverride } from '../settings/schema.js';

const LEVELS: RuleOverride[] = ['off', 'error', 'warning', 'info'];

export function OverridesEditor(props: {
  overrides: Record<string, RuleOverride>;
  onChange: (next: Record<string, RuleOverride>) => void;
}) {
  const [rule, setRule] = useState('');
  const set = (id: string, level: RuleOverride | null) => {
    const next = { ...props.overrides };
    if (level) next[id] = level;
    else delete next[id];
    props.onChange(next);
  };
  return (
    <div data-testid="overrides">
      <table>
        <tbody>
          {Object.entries(props.overrides).map(([id, level]) => (
            <tr key={id}>
              <td>
                <code>{id}</code>
              </td>
              <td>
                <select value={level} onChange={(e) => set(id, e.currentTarget.value as RuleOverride)}>
                  {LEVELS.map((l) => (
                    <option key={l}>{l}</option>
                  ))}
                </select>
              </td>
              <td>
                <button type="button" onClick={() => set(id, null)}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="row">
        <input
          placeholder="rule id, e.g. listing/amazon/title-length"
          value={rule}
          onInput={(e) => setRule(e.currentTarget.value)}
          style={{ flex: 1, width: 'auto' }}
        />
        <button
          type="button"
          disabled={!rule.trim()}
          onClick={() => {
            // An old listing id (`amazon/…`) is stored under its current `listing/…` id.
            set(currentRuleId(rule.trim()), 'off');
            setRule('');
          }}
        >
          Add override
        </button>
      </div>
    </div>
  );
}
