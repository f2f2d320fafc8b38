// stock-text: buy-box stock wording in each language to a schema.org availability, negations first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availabilityFromText, STOCK_WORDING } from './stock-text.js';

describe('availabilityFromText', () => {
  it.each([
    ['In Stock', 'InStock'],
    ['Only 3 left in stock - order soon.', 'InStock'],
    ['Nur noch 3 auf Lager', 'InStock'],
    ['Sofort lieferbar', 'InStock'],
    ['En stock', 'InStock'],
    ['Disponibile', 'InStock'],
    ['Op voorraad', 'InStock'],
    ['I lager', 'InStock'],
    ['Stokta', 'InStock'],
    ['在庫あり。', 'InStock'],
    ['Em estoque', 'InStock'],
    ['Currently unavailable.', 'OutOfStock'],
    ['Derzeit nicht verfügbar.', 'OutOfStock'],
    ['Actuellement indisponible.', 'OutOfStock'],
    ['Non disponibile', 'OutOfStock'],
    ['Agotado', 'OutOfStock'],
    ['SOLD OUT', 'OutOfStock'],
    ['Not available', 'OutOfStock'],
    ['No disponible', 'OutOfStock'],
    ['Stokta yok', 'OutOfStock'],
    ['Available to pre-order', 'PreOrder'],
    ['Jetzt vorbestellen', 'PreOrder'],
  ])('%s → %s', (text, status) => {
    expect(availabilityFromText(text)?.status).toBe(status);
  });

  it.each([['Indisponible'], ['Unavailable'], ['Nicht auf Lager']])('%s is out of stock, not "in" anything', (text) => {
    expect(availabilityFromText(text)?.status).toBe('OutOfStock');
  });

  it.each([[''], [null], ['Ships from and sold by Amazon'], ['Instock-Lieferung'], ['Restock soon? Sign up']])(
    '%s states nothing',
    (text) => {
      expect(availabilityFromText(text)).toBeUndefined();
    },
  );

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000 }), (s) => {
        const found = availabilityFromText(s);
        if (found) expect(['InStock', 'OutOfStock', 'PreOrder']).toContain(found.status);
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});

describe('STOCK_WORDING', () => {
  it('every phrase is lower-case, trimmed, and reads as its own status (no phrase of another status or language claims it first)', () => {
    for (const [lang, byStatus] of Object.entries(STOCK_WORDING)) {
      for (const [status, phrases] of Object.entries(byStatus)) {
        for (const phrase of phrases) {
          expect(phrase).toBe(phrase.toLowerCase().trim());
          expect({ lang, phrase, status: availabilityFromText(phrase)?.status }).toEqual({ lang, phrase, status });
        }
      }
    }
  });
});
