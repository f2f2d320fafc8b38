/** Stock wording: what a buy box or stock line says about availability, in the languages of the stores revloop reads, to a schema.org name. */
import { hasPhrase, normalizePhrase } from './phrase-match.js';

export type StockStatus = 'OutOfStock' | 'PreOrder' | 'InStock';

/**
 * Stock phrases by language (lower-case, whole words). Every language's OutOfStock wording is checked
 * before any PreOrder, then InStock: "nicht auf Lager" must win over "auf Lager", and pages are often
 * written in another language than their storefront's. Sources: the stores' own buy-box wording
 * (Amazon's 19 storefronts, Otto, Zalando, bol, Cdiscount, MediaMarkt, Shopify and WooCommerce themes).
 */
export const STOCK_WORDING: Readonly<Record<string, Readonly<Record<StockStatus, readonly string[]>>>> = {
  en: {
    OutOfStock: [
      'currently unavailable',
      'out of stock',
      'no longer available',
      'not available',
      'unavailable',
      'sold out',
      'temporarily unavailable',
      'notify me when available',
    ],
    PreOrder: ['pre-order', 'preorder', 'will be released on'],
    InStock: [
      'in stock',
      'usually ships within',
      'usually dispatched within',
      'usually dispatched in',
      'available to ship',
      'available from these sellers',
      'left in stock',
      'ready to ship',
      'ships today',
    ],
  },
  de: {
    OutOfStock: [
      'derzeit nicht verfügbar',
      'nicht mehr verfügbar',
      'nicht verfügbar',
      'nicht auf lager',
      'nicht lieferbar',
      'ausverkauft',
      'vergriffen',
    ],
    PreOrder: ['dieser artikel erscheint am', 'erscheint am', 'vorbestellbar', 'vorbestellen'],
    InStock: [
      'auf lager',
      'versandfertig in',
      'sofort lieferbar',
      'erhältlich bei diesen anbietern',
      'lieferbar',
      'vorrätig',
    ],
  },
  fr: {
    OutOfStock: ['actuellement indisponible', 'rupture de stock', 'indisponible', 'non disponible', 'épuisé'],
    PreOrder: ['précommande', 'pré-commande', 'cet article paraîtra le', 'paraîtra le'],
    InStock: [
      'en stock',
      'il ne reste plus que',
      'habituellement expédié sous',
      'expédié sous',
      'disponible',
      'voir les offres de ces vendeurs',
    ],
  },
  it: {
    OutOfStock: ['attualmente non disponibile', 'non disponibile', 'esaurito'],
    PreOrder: ['disponibile per il preordine', 'preordina', 'preordine'],
    InStock: [
      'disponibilità immediata',
      'disponibile',
      'disponibili',
      'generalmente spedito entro',
      'disponibile presso questi venditori',
    ],
  },
  es: {
    OutOfStock: ['no disponible', 'temporalmente sin stock', 'sin stock', 'agotado', 'sin existencias'],
    PreOrder: ['disponible para reservar', 'reserva ahora', 'preventa', 'preorden'],
    InStock: [
      'en stock',
      'disponible',
      'en existencia',
      'solo quedan',
      'normalmente se envía',
      'disponible a través de estos vendedores',
    ],
  },
  nl: {
    OutOfStock: [
      'momenteel niet verkrijgbaar',
      'niet op voorraad',
      'niet beschikbaar',
      'niet leverbaar',
      'uitverkocht',
    ],
    PreOrder: ['pre-order', 'vooruitbestellen', 'verschijnt op'],
    InStock: ['op voorraad', 'meestal verzonden binnen', 'beschikbaar', 'leverbaar'],
  },
  sv: {
    OutOfStock: [
      'för närvarande inte tillgänglig',
      'inte tillgänglig',
      'inte i lager',
      'tillfälligt slut',
      'slutsåld',
      'ej i lager',
    ],
    PreOrder: ['förbeställ', 'förhandsbeställ'],
    InStock: ['i lager', 'skickas vanligtvis inom', 'tillgänglig'],
  },
  pl: {
    OutOfStock: [
      'obecnie niedostępny',
      'chwilowo niedostępny',
      'niedostępny',
      'brak w magazynie',
      'wyprzedany',
      'wyprzedane',
    ],
    PreOrder: ['zamówienie przedpremierowe', 'przedsprzedaż'],
    InStock: [
      'dostępny',
      'w magazynie',
      'na stanie',
      'zostało tylko',
      'zostały tylko',
      'pozostało tylko',
      'zwykle wysyłane w ciągu',
    ],
  },
  tr: {
    OutOfStock: ['şu anda mevcut değil', 'mevcut değil', 'stokta yok', 'tükendi'],
    PreOrder: ['ön sipariş'],
    InStock: ['stokta', 'kargoya verilir'],
  },
  ja: {
    OutOfStock: ['現在お取り扱いできません', '在庫切れ', '取り扱いできません', '現在在庫切れです'],
    PreOrder: ['予約受付中', '予約商品', '発売予定日', '予約'],
    InStock: ['在庫あり', '残り', '以内に発送', 'こちらからもご購入いただけます'],
  },
  hi: {
    OutOfStock: ['वर्तमान में अनुपलब्ध', 'अनुपलब्ध', 'स्टॉक में नहीं'],
    PreOrder: ['प्री-ऑर्डर'],
    InStock: ['स्टॉक में है', 'स्टॉक में', 'उपलब्ध'],
  },
  pt: {
    OutOfStock: ['não disponível', 'atualmente indisponível', 'indisponível', 'fora de estoque', 'esgotado'],
    PreOrder: ['pré-venda', 'pré-encomenda'],
    InStock: ['em estoque', 'disponível', 'normalmente enviado em', 'disponível com estes vendedores'],
  },
  ar: {
    OutOfStock: ['غير متوفر حاليًا', 'غير متوفر', 'غير متاح', 'نفدت الكمية', 'نفد من المخزون'],
    PreOrder: ['طلب مسبق', 'الطلب المسبق'],
    InStock: ['متوفر', 'متوفرة', 'متاح', 'في المخزون'],
  },
};

const STATUS_ORDER: readonly StockStatus[] = ['OutOfStock', 'PreOrder', 'InStock'];

/** Characters of stock text read: a stock line is a sentence or two; the rest of a buy box is not stock wording. */
const MAX_STOCK_TEXT = 600;

/** The schema.org availability a stock text states ("Nur noch 3 auf Lager" → InStock), with the phrase, or undefined. */
export function availabilityFromText(
  text: string | null | undefined,
): { status: StockStatus; phrase: string } | undefined {
  if (!text) return undefined;
  const line = normalizePhrase(text.slice(0, MAX_STOCK_TEXT));
  if (!line) return undefined;
  for (const status of STATUS_ORDER) {
    for (const phrases of Object.values(STOCK_WORDING)) {
      for (const phrase of phrases[status]) if (hasPhrase(line, phrase)) return { status, phrase };
    }
  }
  return undefined;
}
