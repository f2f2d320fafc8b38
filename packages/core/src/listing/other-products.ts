/// <reference lib="dom" />
/** Other products' blocks (related, recommended, recently viewed, product cards): their prices, badges and images are not the page's. */

/** Class or id fragments of containers that list other products or the cart, lower-case. */
const OTHER_PRODUCT_CONTAINERS = [
  'related',
  'recommend',
  'similar',
  'upsell',
  'up-sell',
  'crosssell',
  'cross-sell',
  'cross-sells',
  'recently',
  'also-bought',
  'also-like',
  'you-may',
  'product-card',
  'productcard',
  'card-product',
  'card-wrapper',
  'product-grid',
  'productgrid',
  'grid-product',
  'product-list',
  'products-grid',
  'product-item',
  'collection-list',
  'featured-collection',
  'next-product',
  'prev-product',
  'previous-product',
  'quick-view',
  'quickview',
  'minicart',
  'mini-cart',
  'cart-drawer',
  'other-offer',
  'sellers',
  'sponsored',
  'shoppingbag',
  'shopping-bag',
];

/** Ancestors looked at: product cards sit a few levels deep inside their grid. */
const MAX_DEPTH = 14;

/** Whether an element's own class or id names a block of other products, computed once per element. */
const NAMED = new WeakMap<Element, boolean>();

function namesOtherProducts(el: Element): boolean {
  let named = NAMED.get(el);
  if (named === undefined) {
    // Attribute nodes, not getAttribute('class'): linkedom builds a token list for the latter.
    const name = `${el.getAttributeNode('class')?.value ?? ''} ${el.getAttributeNode('id')?.value ?? ''}`.toLowerCase();
    named = name.length > 1 && OTHER_PRODUCT_CONTAINERS.some((fragment) => name.includes(fragment));
    NAMED.set(el, named);
  }
  return named;
}

/**
 * Whether `el` sits in a block of other products: an ancestor (below `stop`, when given) whose class or
 * id names one. `stop` is the main product's own container, so its wrapper's names never count.
 */
export function inOtherProducts(el: Element, stop?: Element | null): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && node !== stop && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    const localName = node.localName;
    if (localName === 'body' || localName === 'main' || localName === 'html') return false;
    if (namesOtherProducts(node)) return true;
  }
  return false;
}
