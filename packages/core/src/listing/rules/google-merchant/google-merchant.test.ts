import { describe, expect, it } from 'vitest';
import { runListingRule } from '../test-helpers.js';
import { googleMerchantAggregateRating } from './aggregate-rating.js';
import { googleMerchantOfferPrice } from './offer-price.js';
import { googleMerchantProductMarkup } from './product-markup.js';
import { googleMerchantRecommendedProperties } from './recommended-properties.js';
import { googleMerchantRequiredProperties } from './required-properties.js';
import { googleMerchantVariants } from './variants.js';

const ld = (node: Record<string, unknown>) => ({ structuredData: { jsonLd: [{ '@type': 'Product', ...node }] } });
const full = {
  name: 'Mug',
  image: 'https://x.test/m.jpg',
  brand: { name: 'Acme' },
  description: 'A mug.',
  gtin13: '0123456789012',
  sku: 'M1',
  aggregateRating: { ratingValue: 4.5, reviewCount: 10 },
  offers: {
    price: '24.00',
    priceCurrency: 'USD',
    availability: 'InStock',
    shippingDetails: {},
    hasMerchantReturnPolicy: {},
  },
};

describe('google-merchant rules', () => {
  it.each([
    ['product-markup: present', googleMerchantProductMarkup, ld({}), []],
    [
      'product-markup: microdata counts',
      googleMerchantProductMarkup,
      { structuredData: { microdata: [{ '@type': 'Product', name: 'Mug' }] } },
      [],
    ],
    [
      'product-markup: none',
      googleMerchantProductMarkup,
      {},
      [{ severity: 'error', field: 'structuredData', evidence: { value: 0, limit: 1, unit: 'Product nodes' } }],
    ],
    ['required: complete', googleMerchantRequiredProperties, ld(full), []],
    [
      'required: no image',
      googleMerchantRequiredProperties,
      ld({ name: 'Mug' }),
      [{ severity: 'error', field: 'structuredData.image', evidence: { text: 'image', limit: 'required' } }],
    ],
    ['offer-price: ok', googleMerchantOfferPrice, ld(full), []],
    [
      'offer-price: priceSpecification is read',
      googleMerchantOfferPrice,
      ld({ offers: { priceSpecification: { price: 5, priceCurrency: 'EUR' } } }),
      [],
    ],
    [
      'offer-price: ProductGroup variants',
      googleMerchantOfferPrice,
      {
        structuredData: {
          jsonLd: [{ '@type': 'ProductGroup', hasVariant: [{ offers: { price: 5, priceCurrency: 'USD' } }] }],
        },
      },
      [],
    ],
    [
      'offer-price: no offers',
      googleMerchantOfferPrice,
      ld({ name: 'Mug' }),
      [{ severity: 'error', field: 'structuredData.offers' }],
    ],
    [
      'offer-price: range without price',
      googleMerchantOfferPrice,
      ld({ offers: { minPrice: 1, maxPrice: 2, priceCurrency: 'USD' } }),
      [
        {
          severity: 'error',
          field: 'structuredData.offers.price',
          evidence: { text: '{"minPrice":1,"maxPrice":2,"priceCurrency":"USD"}' },
        },
      ],
    ],
    [
      'offer-price: zero and a symbol',
      googleMerchantOfferPrice,
      ld({ offers: { price: '0.00', priceCurrency: '$' } }),
      [
        { severity: 'error', field: 'structuredData.offers.price', evidence: { value: '0.00', limit: '> 0' } },
        {
          severity: 'error',
          field: 'structuredData.offers.priceCurrency',
          evidence: { value: '$', limit: 'ISO 4217' },
        },
      ],
    ],
    ['aggregate-rating: ok', googleMerchantAggregateRating, ld(full), []],
    [
      'aggregate-rating: no counts',
      googleMerchantAggregateRating,
      ld({ aggregateRating: { ratingValue: 4 } }),
      [{ severity: 'warning', field: 'structuredData.aggregateRating.reviewCount' }],
    ],
    [
      'variants: complete group',
      googleMerchantVariants,
      {
        structuredData: {
          jsonLd: [{ '@type': 'ProductGroup', productGroupID: 'g', variesBy: ['size'], hasVariant: [{}] }],
        },
      },
      [],
    ],
    [
      'variants: missing keys',
      googleMerchantVariants,
      { structuredData: { jsonLd: [{ '@type': 'ProductGroup', hasVariant: [{}] }] } },
      [
        {
          severity: 'warning',
          field: 'structuredData.productGroupID',
          evidence: { text: 'productGroupID', limit: 'required for variants' },
        },
        {
          severity: 'warning',
          field: 'structuredData.variesBy',
          evidence: { text: 'variesBy', limit: 'required for variants' },
        },
      ],
    ],
    ['recommended: complete', googleMerchantRecommendedProperties, ld(full), []],
    [
      'recommended: each missing one',
      googleMerchantRecommendedProperties,
      ld({
        ...full,
        sku: undefined,
        offers: { price: 1, priceCurrency: 'USD', availability: 'InStock', shippingDetails: {} },
      }),
      [
        {
          severity: 'info',
          field: 'structuredData.offers.hasMerchantReturnPolicy',
          evidence: { text: 'hasMerchantReturnPolicy', limit: 'recommended' },
        },
        { severity: 'info', field: 'structuredData.sku', evidence: { text: 'sku', limit: 'recommended' } },
      ],
    ],
  ])('%s', (_name, rule, input, expected) => {
    expect(runListingRule(rule, input)).toEqual(expected);
  });
});
