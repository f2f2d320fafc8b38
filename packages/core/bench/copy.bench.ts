/** Benchmarks for @revloop/core/copy: lintCopy at 2k/10k/50k/100k words, adversarial strings, and write-good as a peer on the same text. */
import { bench, describe } from 'vitest';
import { lintCopy } from '../src/copy/index.js';

type WriteGood = (text: string) => Array<{ index: number; offset: number; reason: string }>;
// write-good (the peer we time against) ships no type declarations, so it is loaded untyped.
const peer = (await import('write-good' as string)) as { default: WriteGood };
const check = peer.default;

// Realistic product copy: mostly clean, with an issue every ~100 words so every pack has work to do.
const SENTENCES = [
  'This insulated bottle keeps water cold for 24 hours and fits most cup holders.',
  'The lid is made from BPA-free plastic and seals tight, so it rides in a bag without spills.',
  'The kettle heats a full liter in about four minutes and switches itself off when it boils.',
  'A powder coat resists chips and scratches on the trail, and the handle folds flat.',
  'Wash the sleeve by hand and let it dry flat before you use it again.',
  'Made with 80% post-consumer recycled plastic and shipped in a paper box.',
  'It is a simple tool that does one job well and lasts for years of daily use.',
  'The grinder has 40 settings, from fine espresso to coarse cold brew.',
  'Our best-selling kettle comes with a seamless steel body and a two-year warranty.',
  'Every order ships from our warehouse in Ohio within two business days.',
  'The strap adjusts from 28 to 52 inches and clips on with one hand.',
  'Clinically proven to cool the skin, the roller works in minutes.',
  'A soft silicone base keeps it from sliding on a wet counter.',
  'The charging case adds two more days of battery life.',
  'It’s light — and it packs flat for the trip home.',
];

function copyOfWords(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = SENTENCES[i % SENTENCES.length] as string;
    out.push(s);
    count += s.split(' ').length;
    if (i % 5 === 4) out.push('\n');
  }
  return out.join(' ');
}

const text2k = copyOfWords(2_000);
const text10k = copyOfWords(10_000);
const text50k = copyOfWords(50_000);
const text100k = copyOfWords(100_000);
const config = {
  brand: { name: 'Acme' },
  bannedWords: ['cheap'],
  substitutions: [{ use: 'T-shirt', insteadOf: ['tee shirt'] }],
  requiredDisclaimers: [{ text: 'Terms apply.' }],
  substantiatedClaims: ['best-selling'],
};

describe('2,000 words, every pack on', () => {
  bench('lintCopy (generic, with brand config)', () => {
    lintCopy(text2k, { config });
  });
  bench('lintCopy (amazon.description)', () => {
    lintCopy(text2k, { placement: 'amazon.description', config });
  });
  bench('write-good (peer, same text)', () => {
    check(text2k);
  });
});

describe('scaling (linear growth)', () => {
  bench('lintCopy 10k words', () => {
    lintCopy(text10k, { config });
  });
  bench('lintCopy 50k words', () => {
    lintCopy(text50k, { config });
  });
  bench('lintCopy 100k words', () => {
    lintCopy(text100k, { config });
  });
  bench('write-good 100k words (peer)', () => {
    check(text100k);
  });
});

const adversarial: Record<string, string> = {
  '50k repeated "a"': 'a'.repeat(50_000),
  '50k repeated "!"': '!'.repeat(50_000),
  '50k "[" then "]"': `${'['.repeat(25_000)}${']'.repeat(25_000)}`,
  '50k "{{" nesting': '{'.repeat(50_000),
  'no-space run of mixed chars': 'ab1.c-d_e/f@g#h'.repeat(3_400),
  '50k spaces': ' '.repeat(50_000),
  '25k emoji': '👍🏽'.repeat(12_500),
  'www. repeated': 'www.'.repeat(12_500),
  '"[x " repeated': '[x '.repeat(16_000),
  // Environmental claims (issue 14): a claim prefix with no claim, a claim the cap stops, negations, qualifiers.
  '100 kB "eco-" repeated': 'eco-'.repeat(25_000),
  '100 kB "biodegradable " repeated': 'biodegradable '.repeat(7_200),
  '100 kB "not recyclable " repeated': 'not recyclable '.repeat(6_700),
  '100 kB "100% compostable " repeated': '100% compostable '.repeat(5_900),
  '100 kB spaces': ' '.repeat(100_000),
};

describe('adversarial strings (must stay linear)', () => {
  for (const [name, text] of Object.entries(adversarial)) {
    bench(name, () => {
      lintCopy(text, { placement: 'amazon.title', config });
    });
  }
});
