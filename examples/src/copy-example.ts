/** Copy example: lints an Amazon title, its bullets and a Meta ad with @revloop/core/copy and prints each finding with its span marked. */
import { type CopyConfig, type CopyReport, lintCopy, type PlacementId } from '@revloop/core/copy';

const config: CopyConfig = {
  brand: { name: 'TrailForge' },
  bannedWords: ['cheap'],
  substitutions: [{ use: 'T-shirt', insteadOf: ['tee shirt'] }],
  requiredDisclaimers: [{ text: 'Terms apply.', placements: ['meta.primary-text'] }],
};

const drafts: Array<{ label: string; placement: PlacementId; text: string }> = [
  {
    label: 'Amazon title',
    placement: 'amazon.title',
    text: 'Trailforge BEST Hiking Backpack!! Hiking Backpack for Men, Waterproof Hiking Backpack 40L - Free Shipping',
  },
  {
    label: 'Amazon bullet 1',
    placement: 'amazon.bullet',
    text: 'STAYS DRY: a roll-top main compartment and taped seams keep gear dry in steady rain.',
  },
  {
    label: 'Amazon bullet 2',
    placement: 'amazon.bullet',
    text: 'Eco-friendly fabric™ with a lifetime guarantee: full refund if not satisfied 💯',
  },
  {
    label: 'Amazon bullet 3',
    placement: 'amazon.bullet',
    text: 'Fits a 15-inch laptop; [Insert capacity here] for weekend trips.',
  },
  {
    label: 'Meta ad (primary text)',
    placement: 'meta.primary-text',
    text: "In today's fast-paced world, look no further. Our seamless, game-changer pack is clinically proven to reduce back pain. Get a free gift with every order.",
  },
];

/** The text with `[[` `]]` around the span, clipped to a window so long texts stay readable. */
function mark(text: string, [start, end]: [number, number]): string {
  const from = Math.max(0, start - 25);
  const to = Math.min(text.length, end + 25);
  const before = (from > 0 ? '…' : '') + text.slice(from, start);
  const after = text.slice(end, to) + (to < text.length ? '…' : '');
  return `${before}[[${text.slice(start, end) || '∅'}]]${after}`;
}

function print(label: string, text: string, report: CopyReport): void {
  const { length } = report;
  const limit = length.hardLimit ?? length.softLimit;
  console.log(
    `\n${label} (${report.placement}): score ${report.score}, ${length.value}${limit ? `/${limit}` : ''} ${length.unit}`,
  );
  if (report.findings.length === 0) console.log('  no findings');
  for (const f of report.findings) {
    const range = f.range ?? [0, 0];
    console.log(`  ${f.severity.padEnd(7)} ${f.ruleId}  [${range[0]}, ${range[1]})`);
    console.log(`          ${mark(text, range)}`);
    console.log(`          ${f.message}`);
    if (f.fix?.kind === 'replace') console.log(`          fix: replace with "${f.fix.text}"`);
    if (f.fix?.kind === 'suggest') console.log(`          suggestion: ${f.fix.text}`);
  }
}

for (const draft of drafts) {
  print(draft.label, draft.text, lintCopy(draft.text, { placement: draft.placement, config }));
}
