/** Amazon marketplaces: one row per storefront (currency, number style, wording) and the readers of that wording. */

import { hasPhrase, normalizePhrase } from '../phrase-match.js';

/**
 * How one language writes a product page. All phrases are plain text (never patterns), matched without
 * regard to case; review phrases match whole words only. Stock and "no reviews" wording is shared with every
 * store: stock-text.ts and no-reviews.ts.
 */
export interface AmazonWording {
  /** BCP 47 language. */
  lang: string;
  /** Store-link bylines as text before and after the brand: ["Visit the ", " Store"], ["", "のストアを表示"]. */
  storeLinks: readonly (readonly [prefix: string, suffix: string])[];
  /** Labels written before a colon and the brand: "Brand: X", "Marque : X". */
  brandLabels: readonly string[];
  /** Words after a review count ("1.234 Sternebewertungen"). */
  reviewWords: readonly string[];
  /** Labels of a struck-through or reference price that is not the price to pay ("List Price:", "UVP:"). */
  listPriceLabels: readonly string[];
  /** Labels of a used offer's price ("Buy used", "Gebraucht kaufen"). */
  usedLabels: readonly string[];
}

export interface AmazonMarketplace {
  /** The host after "amazon.": "com", "co.uk", "com.tr". */
  tld: string;
  /** The storefront's main language and region (BCP 47), as its prices are formatted. */
  locale: string;
  /** ISO 4217 code of the storefront's prices. */
  currency: string;
  /** Decimal mark of the main language; amounts are read by their shape, so a page in another language still reads. */
  decimal: '.' | ',';
  /** Digits after the decimal mark (JPY has none). */
  fractionDigits: 0 | 2;
  /** The storefront's wording, main language first (amazon.ca also in French, amazon.ae also in Arabic). */
  wording: readonly AmazonWording[];
}

const EN: AmazonWording = {
  lang: 'en',
  storeLinks: [['Visit the ', ' Store']],
  brandLabels: ['Brand'],
  reviewWords: ['ratings', 'rating', 'reviews', 'review'],
  listPriceLabels: ['List Price', 'List', 'Was', 'RRP', 'Typical price', 'M.R.P.', 'MRP', 'Previous price'],
  usedLabels: ['buy used', 'used'],
};

const DE: AmazonWording = {
  lang: 'de',
  storeLinks: [
    ['Besuchen Sie den ', '-Store'],
    ['Besuchen Sie den ', ' Store'],
    ['Besuche den ', '-Store'],
    ['Besuche den ', ' Store'],
  ],
  brandLabels: ['Marke'],
  reviewWords: ['sternebewertungen', 'sternebewertung', 'kundenrezensionen', 'kundenrezension', 'bewertungen'],
  listPriceLabels: ['UVP', 'Unverb. Preisempf.', 'Statt', 'Alter Preis', 'Vorher', 'Niedrigster Preis'],
  usedLabels: ['gebraucht kaufen', 'gebraucht'],
};

const FR: AmazonWording = {
  lang: 'fr',
  storeLinks: [
    ['Visiter la boutique ', ''],
    ['Visitez la boutique ', ''],
  ],
  brandLabels: ['Marque'],
  reviewWords: ['évaluations', 'évaluation', 'commentaires client', 'commentaire client', 'commentaires'],
  listPriceLabels: ['Prix conseillé', 'Ancien prix', 'Prix de référence', 'Prix initial', 'Prix le plus bas'],
  usedLabels: ["acheter d'occasion", "d'occasion", 'occasion'],
};

const IT: AmazonWording = {
  lang: 'it',
  storeLinks: [['Visita lo Store di ', '']],
  brandLabels: ['Marca'],
  reviewWords: ['valutazioni', 'valutazione', 'recensioni clienti', 'recensioni', 'recensione'],
  listPriceLabels: ['Prezzo consigliato', 'Prezzo precedente', 'Prezzo di listino', 'Prezzo più basso'],
  usedLabels: ['acquista usato', 'usato'],
};

const ES: AmazonWording = {
  lang: 'es',
  storeLinks: [['Visita la tienda de ', '']],
  brandLabels: ['Marca'],
  reviewWords: ['valoraciones', 'valoración', 'calificaciones', 'calificación', 'opiniones', 'reseñas'],
  listPriceLabels: ['Precio recomendado', 'Precio anterior', 'Precio de lista', 'Antes', 'P.V.P.', 'Precio más bajo'],
  usedLabels: ['comprar de segunda mano', 'de segunda mano', 'usado'],
};

const NL: AmazonWording = {
  lang: 'nl',
  storeLinks: [
    ['Bezoek de ', '-winkel'],
    ['Bezoek de ', ' winkel'],
    ['Bezoek de ', '-store'],
    ['Bezoek de ', ' store'],
  ],
  brandLabels: ['Merk'],
  reviewWords: ['beoordelingen', 'beoordeling', 'klantbeoordelingen', 'recensies', 'recensie'],
  listPriceLabels: ['Adviesprijs', 'Oude prijs', 'Was', 'Laagste prijs'],
  usedLabels: ['tweedehands kopen', 'tweedehands', 'gebruikt'],
};

const SV: AmazonWording = {
  lang: 'sv',
  storeLinks: [
    ['Besök ', '-butiken'],
    ['Besök ', ' butiken'],
  ],
  brandLabels: ['Varumärke', 'Märke'],
  reviewWords: ['betyg', 'recensioner', 'recension', 'omdömen'],
  listPriceLabels: ['Rek. pris', 'Rekommenderat pris', 'Tidigare pris', 'Listpris', 'Lägsta pris'],
  usedLabels: ['köp begagnad', 'begagnad', 'begagnat'],
};

const PL: AmazonWording = {
  lang: 'pl',
  storeLinks: [['Odwiedź sklep ', '']],
  brandLabels: ['Marka'],
  reviewWords: ['ocen', 'oceny', 'ocena', 'recenzji', 'recenzje', 'opinii', 'opinie'],
  listPriceLabels: ['Cena katalogowa', 'Poprzednia cena', 'Cena sugerowana', 'Najniższa cena'],
  usedLabels: ['kup używany', 'używany', 'używane'],
};

const TR: AmazonWording = {
  lang: 'tr',
  storeLinks: [
    ['', ' Mağazasını ziyaret edin'],
    ['', " Store'unu ziyaret edin"],
    ['', ' Store’unu ziyaret edin'],
  ],
  brandLabels: ['Marka'],
  reviewWords: ['değerlendirme', 'değerlendirmesi', 'müşteri yorumu', 'yorum', 'puan'],
  listPriceLabels: ['Liste fiyatı', 'Önceki fiyat', 'Tavsiye edilen fiyat', 'En düşük fiyat'],
  usedLabels: ['ikinci el', 'kullanılmış'],
};

const JA: AmazonWording = {
  lang: 'ja',
  storeLinks: [
    ['', 'のストアを表示'],
    ['', 'ストアを表示'],
    ['', 'のストアにアクセス'],
  ],
  brandLabels: ['ブランド'],
  reviewWords: ['個の評価', '件の評価', '件のカスタマーレビュー', '評価', 'レビュー'],
  listPriceLabels: ['参考価格', '過去価格', '通常価格', 'メーカー希望小売価格'],
  usedLabels: ['中古品', '中古'],
};

const HI: AmazonWording = {
  lang: 'hi',
  storeLinks: [
    ['', ' स्टोर पर जाएं'],
    ['', ' स्टोर पर जाएँ'],
  ],
  brandLabels: ['ब्रांड'],
  reviewWords: ['रेटिंग', 'समीक्षाएं', 'समीक्षा'],
  listPriceLabels: ['एम.आर.पी.', 'M.R.P.', 'MRP'],
  usedLabels: ['प्रयुक्त'],
};

const PT: AmazonWording = {
  lang: 'pt',
  storeLinks: [
    ['Visite a loja da ', ''],
    ['Visite a loja de ', ''],
    ['Visite a loja ', ''],
  ],
  brandLabels: ['Marca'],
  reviewWords: ['avaliações de clientes', 'avaliações', 'avaliação', 'classificações'],
  listPriceLabels: ['De', 'Preço original', 'Preço anterior', 'Preço de lista', 'Menor preço'],
  usedLabels: ['comprar usado', 'usado'],
};

const AR: AmazonWording = {
  lang: 'ar',
  storeLinks: [
    ['تفضل بزيارة متجر ', ''],
    ['قم بزيارة متجر ', ''],
    ['زيارة متجر ', ''],
  ],
  brandLabels: ['العلامة التجارية', 'الماركة'],
  reviewWords: ['تقييمات', 'تقييم', 'مراجعات', 'مراجعة'],
  listPriceLabels: ['السعر الأصلي', 'السعر السابق', 'سعر القائمة', 'كان'],
  usedLabels: ['مستعمل'],
};

/** Every Amazon storefront revloop reads. Wording in a second language covers the storefront's language switch. */
export const AMAZON_MARKETPLACES: readonly AmazonMarketplace[] = [
  { tld: 'com', locale: 'en-US', currency: 'USD', decimal: '.', fractionDigits: 2, wording: [EN, ES] },
  { tld: 'co.uk', locale: 'en-GB', currency: 'GBP', decimal: '.', fractionDigits: 2, wording: [EN] },
  { tld: 'ca', locale: 'en-CA', currency: 'CAD', decimal: '.', fractionDigits: 2, wording: [EN, FR] },
  { tld: 'com.au', locale: 'en-AU', currency: 'AUD', decimal: '.', fractionDigits: 2, wording: [EN] },
  { tld: 'de', locale: 'de-DE', currency: 'EUR', decimal: ',', fractionDigits: 2, wording: [DE, EN] },
  { tld: 'fr', locale: 'fr-FR', currency: 'EUR', decimal: ',', fractionDigits: 2, wording: [FR, EN] },
  { tld: 'it', locale: 'it-IT', currency: 'EUR', decimal: ',', fractionDigits: 2, wording: [IT, EN] },
  { tld: 'es', locale: 'es-ES', currency: 'EUR', decimal: ',', fractionDigits: 2, wording: [ES, EN] },
  { tld: 'nl', locale: 'nl-NL', currency: 'EUR', decimal: ',', fractionDigits: 2, wording: [NL, EN] },
  { tld: 'se', locale: 'sv-SE', currency: 'SEK', decimal: ',', fractionDigits: 2, wording: [SV, EN] },
  { tld: 'pl', locale: 'pl-PL', currency: 'PLN', decimal: ',', fractionDigits: 2, wording: [PL, EN] },
  { tld: 'com.tr', locale: 'tr-TR', currency: 'TRY', decimal: ',', fractionDigits: 2, wording: [TR, EN] },
  { tld: 'co.jp', locale: 'ja-JP', currency: 'JPY', decimal: '.', fractionDigits: 0, wording: [JA, EN] },
  { tld: 'in', locale: 'en-IN', currency: 'INR', decimal: '.', fractionDigits: 2, wording: [EN, HI] },
  { tld: 'com.mx', locale: 'es-MX', currency: 'MXN', decimal: '.', fractionDigits: 2, wording: [ES, EN] },
  { tld: 'com.br', locale: 'pt-BR', currency: 'BRL', decimal: ',', fractionDigits: 2, wording: [PT] },
  { tld: 'sa', locale: 'ar-SA', currency: 'SAR', decimal: '.', fractionDigits: 2, wording: [AR, EN] },
  { tld: 'ae', locale: 'en-AE', currency: 'AED', decimal: '.', fractionDigits: 2, wording: [EN, AR] },
  { tld: 'sg', locale: 'en-SG', currency: 'SGD', decimal: '.', fractionDigits: 2, wording: [EN] },
  { tld: 'com.be', locale: 'fr-BE', currency: 'EUR', decimal: ',', fractionDigits: 2, wording: [FR, NL, EN] },
  { tld: 'eg', locale: 'ar-EG', currency: 'EGP', decimal: '.', fractionDigits: 2, wording: [AR, EN] },
  { tld: 'ie', locale: 'en-IE', currency: 'EUR', decimal: '.', fractionDigits: 2, wording: [EN] },
];

/** Every language's wording once, in table order: pages are read in whatever language the shopper chose. */
const ALL_WORDING: readonly AmazonWording[] = [EN, DE, FR, IT, ES, NL, SV, PL, TR, JA, HI, PT, AR];

/** The storefront of an Amazon URL (`www.amazon.co.uk`, `smile.amazon.com`), or undefined. */
export function amazonMarketplaceFor(url: string): AmazonMarketplace | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  for (const row of AMAZON_MARKETPLACES) {
    const base = `amazon.${row.tld}`;
    if (host === base || host.endsWith(`.${base}`)) return row;
  }
  return undefined;
}

/** Wording to try for a page: the storefront's languages first, then every other language. */
function wordingFor(market: AmazonMarketplace | undefined): readonly AmazonWording[] {
  if (!market) return ALL_WORDING;
  return [...market.wording, ...ALL_WORDING.filter((w) => !market.wording.includes(w))];
}

/** Byline characters read: a brand byline is a few words; a long text is a contributor list, not a brand. */
const MAX_BYLINE_CHARS = 300;

function startsWithFold(text: string, prefix: string): boolean {
  return text.length >= prefix.length && text.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase();
}

function endsWithFold(text: string, suffix: string): boolean {
  return text.length >= suffix.length && text.slice(text.length - suffix.length).toLowerCase() === suffix.toLowerCase();
}

/** "Marque : X" / "ブランド：X" → "X" when the text starts with a brand label and a colon; else the text. */
function withoutLabel(text: string, labels: readonly string[]): string {
  for (const label of labels) {
    if (!startsWithFold(text, label)) continue;
    let i = label.length;
    while (text[i] === ' ') i++;
    if (text[i] !== ':' && text[i] !== '：') continue;
    return text.slice(i + 1).trim();
  }
  return text;
}

/** "Visit the X Store" / "Besuche den X-Store" / "X のストアを表示" → "X"; undefined when no store link matches. */
function withoutStoreLink(text: string, links: readonly (readonly [string, string])[]): string | undefined {
  for (const [prefix, suffix] of links) {
    if (text.length <= prefix.length + suffix.length) continue;
    if (startsWithFold(text, prefix) && endsWithFold(text, suffix)) {
      return text.slice(prefix.length, text.length - suffix.length).trim() || undefined;
    }
  }
  return undefined;
}

/**
 * The brand in a byline: the store-link and "Brand:" phrasings of every language are taken off
 * ("Besuchen Sie den WELEDA-Store" → "WELEDA", "ブランド: UGREEN のストアを表示" → "UGREEN"). Text in
 * no known phrasing is taken as the brand itself ("uxcell"); an empty or over-long text gives undefined.
 */
export function amazonBrandFromByline(text: string, market?: AmazonMarketplace): string | undefined {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line || line.length > MAX_BYLINE_CHARS) return undefined;
  const wording = wordingFor(market);
  let brand = line;
  for (const w of wording) {
    const unlabelled = withoutLabel(brand, w.brandLabels);
    if (unlabelled !== brand) {
      brand = unlabelled;
      break;
    }
  }
  for (const w of wording) {
    const inner = withoutStoreLink(brand, w.storeLinks);
    if (inner) {
      brand = inner;
      break;
    }
  }
  return brand || undefined;
}

/** Whether a label names a brand ("Brand", "Marke :") — for product-detail rows. */
export function isAmazonBrandLabel(label: string, market?: AmazonMarketplace): boolean {
  const l = normalizePhrase(label)
    .replace(/[:：]$/, '')
    .trim();
  return wordingFor(market).some((w) => w.brandLabels.some((b) => b.toLowerCase() === l));
}

/** Whether a price's label marks a list, reference or former price ("List Price:", "UVP:", "Prix conseillé :"). */
export function isAmazonListPriceLabel(label: string, market?: AmazonMarketplace): boolean {
  const l = normalizePhrase(label)
    .replace(/[:：]$/, '')
    .trim();
  if (!l) return false;
  return wordingFor(market).some((w) => w.listPriceLabels.some((p) => p.toLowerCase() === l));
}

/** Whether a heading names a used offer ("Buy Used", "Gebraucht kaufen"). */
export function isAmazonUsedOfferLabel(label: string, market?: AmazonMarketplace): boolean {
  const l = normalizePhrase(label.slice(0, 200));
  if (!l) return false;
  return wordingFor(market).some((w) => w.usedLabels.some((p) => hasPhrase(l, p)));
}

/** Whether a text names a review or rating count ("1.234 Sternebewertungen", "71個の評価"), not a star average. */
export function amazonNamesReviewCount(text: string, market?: AmazonMarketplace): boolean {
  const l = normalizePhrase(text.slice(0, 400));
  return wordingFor(market).some((w) => w.reviewWords.some((p) => l.includes(p)));
}
