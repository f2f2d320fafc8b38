/** Brand profile form: name and accepted spellings, banned words, substitutions, required disclaimers, substantiated claims. */
import type { CopyConfig } from '../settings/schema.js';
import { fromLines, substitutionsFromText, substitutionsToText, toLines } from './lines.js';

type Banned = NonNullable<CopyConfig['bannedWords']>[number];
type Claim = NonNullable<CopyConfig['substantiatedClaims']>[number];

const wordOf = (b: Banned) => (typeof b === 'string' ? b : b.word);
const claimOf = (c: Claim) => (typeof c === 'string' ? c : c.claim);

/** Keeps richer entries (with a message or evidence) when their line is unchanged. */
function keepRich<T>(lines: string[], old: readonly T[] | undefined, key: (t: T) => string): (T | string)[] {
  return lines.map((line) => old?.find((o) => key(o) === line) ?? line);
}

export function BrandEditor({ brand, onChange }: { brand: CopyConfig; onChange: (brand: CopyConfig) => void }) {
  const set = (patch: Partial<CopyConfig>) => {
    const next: Record<string, unknown> = { ...brand, ...patch };
    for (const [k, v] of Object.entries(next))
      if (v === undefined || (Array.isArray(v) && v.length === 0)) delete next[k];
    onChange(next as CopyConfig);
  };
  const area = (id: string, label: string, value: string, apply: (text: string) => void, hint: string) => (
    <div>
      <label for={id}>{label}</label>
      <textarea id={id} rows={3} value={value} placeholder={hint} onChange={(e) => apply(e.currentTarget.value)} />
    </div>
  );
  return (
    <div class="grid2" data-testid="brand-form">
      <div>
        <label for="brand-name">Brand name (exact casing)</label>
        <input
          id="brand-name"
          value={brand.brand?.name ?? ''}
          placeholder="ACME"
          onChange={(e) => {
            const name = e.currentTarget.value.trim();
            set({ brand: name ? { ...brand.brand, name } : undefined });
          }}
        />
      </div>
      <div>
        <label for="brand-variants">Also correct (comma-separated)</label>
        <input
          id="brand-variants"
          value={(brand.brand?.variants ?? []).join(', ')}
          placeholder="ACME Pro"
          disabled={!brand.brand?.name}
          onChange={(e) => {
            if (!brand.brand?.name) return;
            const variants = e.currentTarget.value
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean);
            set({ brand: { name: brand.brand.name, ...(variants.length ? { variants } : {}) } });
          }}
        />
      </div>
      {area(
        'brand-banned',
        'Banned words (one per line)',
        toLines(brand.bannedWords?.map(wordOf)),
        (t) => set({ bannedWords: keepRich(fromLines(t), brand.bannedWords, wordOf) as Banned[] }),
        'cheap\nmiracle',
      )}
      {area(
        'brand-substitutions',
        'Substitutions (use: instead of, …)',
        substitutionsToText(brand.substitutions),
        (t) => set({ substitutions: substitutionsFromText(t) }),
        'sign up: signup, sign-up',
      )}
      {area(
        'brand-disclaimers',
        'Required disclaimers (one per line)',
        toLines(brand.requiredDisclaimers?.map((d) => d.text)),
        (t) =>
          set({
            requiredDisclaimers: fromLines(t).map(
              (text) => brand.requiredDisclaimers?.find((d) => d.text === text) ?? { text },
            ),
          }),
        'Results may vary.',
      )}
      {area(
        'brand-claims',
        'Substantiated claims (one per line)',
        toLines(brand.substantiatedClaims?.map(claimOf)),
        (t) => set({ substantiatedClaims: keepRich(fromLines(t), brand.substantiatedClaims, claimOf) as Claim[] }),
        'clinically proven',
      )}
    </div>
  );
}
