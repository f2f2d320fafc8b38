/// <reference lib="dom" />
/** "No reviews yet": a review widget that says the product has none, in the stores' languages, read as a review count of 0. */
import { visibleText } from './dom.js';
import type { PageIndex } from './page-index.js';
import { hasPhrase, normalizePhrase } from './phrase-match.js';

/** Phrases (lower-case, whole words) review widgets show for a product without reviews, by language. */
export const NO_REVIEW_WORDING: Readonly<Record<string, readonly string[]>> = {
  en: [
    'no customer reviews',
    'no reviews',
    'no ratings',
    'be the first to review',
    'no reviews yet',
    'be the first to write a review',
    'write the first review',
  ],
  de: [
    'keine kundenrezensionen',
    'keine sternebewertungen',
    'keine bewertungen',
    'sei der erste',
    'noch keine bewertung',
    'noch keine bewertungen',
    'seien sie der erste',
  ],
  fr: ['aucun commentaire', 'aucune évaluation', 'soyez le premier', 'soyez la première', 'aucun avis'],
  it: ['nessuna recensione', 'nessuna valutazione', 'scrivi la prima recensione'],
  es: [
    'no hay opiniones',
    'no hay valoraciones',
    'no hay reseñas',
    'sin opiniones',
    'sé el primero',
    'todavía no hay opiniones',
  ],
  nl: [
    'geen klantbeoordelingen',
    'geen beoordelingen',
    'geen recensies',
    'wees de eerste',
    'nog geen reviews',
    'nog geen beoordelingen',
  ],
  sv: ['inga kundrecensioner', 'inga recensioner', 'inga betyg', 'bli den första'],
  pl: ['brak recenzji', 'brak opinii', 'brak ocen', 'bądź pierwszą osobą'],
  tr: ['müşteri yorumu yok', 'henüz yorum yok', 'değerlendirme yok', 'henüz değerlendirme yok'],
  ja: ['カスタマーレビューはありません', 'レビューはありません', '評価はありません'],
  hi: ['कोई समीक्षा नहीं', 'कोई ग्राहक समीक्षा नहीं'],
  pt: ['nenhuma avaliação', 'não há avaliações', 'seja o primeiro'],
  ar: ['لا توجد مراجعات', 'لا توجد تقييمات', 'لا يوجد تقييمات'],
};

/** Whether a short text says there are no reviews yet, in any language of `NO_REVIEW_WORDING`. */
export function statesNoReviews(text: string): boolean {
  const line = normalizePhrase(text.slice(0, 400));
  return Object.values(NO_REVIEW_WORDING).some((phrases) => phrases.some((p) => hasPhrase(line, p)));
}

/** Class or id fragments of review widgets. */
const REVIEW_WIDGETS = ['review', 'rating', 'bewertung', 'avis', 'opinion'];

/** The widget near the heading that says there are no reviews, or undefined. Short elements only. */
export function findNoReviews(index: PageIndex, heading: Element | null): Element | undefined {
  const anchor = heading ? index.position(heading) : -1;
  for (const name of REVIEW_WIDGETS) {
    for (const el of index.withNameContaining(name, 40)) {
      if (el.localName === 'script' || el.childElementCount > 8) continue;
      if (anchor >= 0 && Math.abs(index.position(el) - anchor) > 3000) continue;
      const text = visibleText(el, { maxChars: 301 });
      if (text.length === 0 || text.length > 300) continue;
      if (statesNoReviews(text)) return el;
    }
  }
  return undefined;
}
