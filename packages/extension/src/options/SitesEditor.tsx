/** Enabled CMS sites: adding one requests its host permission at runtime (optional_host_permissions); removing revokes it. */
import { useState } from 'preact/hooks';
import { browser } from '../platform/browser.js';
import { OriginSchema } from '../settings/schema.js';

export function SitesEditor({ sites, onChange }: { sites: string[]; onChange: (sites: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const add = () => {
    let origin = draft.trim();
    try {
      origin = new URL(origin.includes('://') ? origin : `https://${origin}`).origin;
    } catch {
      return setNote('Enter an address like https://shop.example.com');
    }
    if (!OriginSchema.safeParse(origin).success) return setNote('Enter an address like https://shop.example.com');
    // Must be called synchronously inside the click (user gesture) for the browser to show its prompt.
    void browser.permissions.request({ origins: [`${origin}/*`] }).then((granted) => {
      if (!granted) return setNote(`Permission for ${origin} was not granted.`);
      setNote(null);
      setDraft('');
      if (!sites.includes(origin)) onChange([...sites, origin]);
    });
  };
  const remove = (origin: string) => {
    void browser.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
    onChange(sites.filter((s) => s !== origin));
  };
  return (
    <div data-testid="sites">
      {sites.length === 0 && <p class="muted">No sites yet: the in-editor checker runs nowhere.</p>}
      <ul>
        {sites.map((s) => (
          <li key={s} class="row">
            <code>{s}</code>
            <button type="button" onClick={() => remove(s)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div class="row">
        <input
          placeholder="https://shop.example.com"
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          style={{ flex: 1, width: 'auto' }}
        />
        <button type="button" onClick={add}>
          Enable site
        </button>
      </div>
      {note && <p class="warn">{note}</p>}
    </div>
  );
}
