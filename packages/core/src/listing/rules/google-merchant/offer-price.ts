/** listing/google-merchant/offer-price: the Product's offer has a price above 0 and an ISO 4217 priceCurrency. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';
import { listOf, offersOf, present, primaryProduct } from './product-node.js';

function priceValue(offer: Record<string, unknown>): unknown {
  return offer.price ?? listOf(offer.priceSpecification)[0]?.price;
}

function currencyValue(offer: Record<string, unknown>): unknown {
  return offer.priceCurrency ?? listOf(offer.priceSpecification)[0]?.priceCurrency;
}

export const googleMerchantOfferPrice = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/google-merchant/offer-price',
  aliases: ['google-merchant/offer-price'],
  category: 'structured-data',
  severity: 'error',
  applies: ({ listing }) => primaryProduct(listing) !== undefined,
  check: ({ listing }) => {
    const product = primaryProduct(listing);
    if (!product) return [];
    const offers = offersOf(product.node);
    const field = 'structuredData.offers';
    if (offers.length === 0) {
      return [
        { field, message: `The ${product.from} Product has no offers; add an Offer with price and priceCurrency.` },
      ];
    }
    const offer = offers[0] ?? {};
    const out = [];
    const raw = priceValue(offer);
    const price = typeof raw === 'number' ? raw : Number(typeof raw === 'string' ? raw.replace(/,/g, '') : Number.NaN);
    if (!present(raw)) {
      const range = present(offer.minPrice) || present(offer.lowPrice) || present(offer.maxPrice);
      out.push({
        field: `${field}.price`,
        message: range
          ? 'The offer gives a price range (minPrice/maxPrice) but no price; Google reports a missing price. Add price.'
          : 'The offer has no price; Google needs Offer.price for a merchant listing.',
        evidence: { text: JSON.stringify(offer).slice(0, 160) },
      });
    } else if (!Number.isFinite(price) || price <= 0) {
      out.push({
        field: `${field}.price`,
        message: `The offer price "${String(raw)}" is not a number above 0.`,
        evidence: { value: String(raw), limit: '> 0' },
      });
    }
    const currency = currencyValue(offer);
    if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
      out.push({
        field: `${field}.priceCurrency`,
        message: `The offer priceCurrency ${currency === undefined ? 'is missing' : `"${String(currency)}" is not an ISO 4217 code`}; use e.g. "USD".`,
        evidence: { value: currency === undefined ? '(missing)' : String(currency), limit: 'ISO 4217' },
      });
    }
    return out;
  },
});
