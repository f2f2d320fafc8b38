/// <reference lib="dom" />
/**
 * PageIndex: one walk over the document that indexes elements by id, class, tag and a few attributes,
 * so extraction answers every document-level selector from the index instead of re-scanning the page.
 */

/** Attributes that document-level selectors may start from (microdata), indexed lazily; others fall back to a scan. */
const INDEXED_ATTRS = [
  'itemscope',
  'itemprop',
  'data-sku',
  'data-product-sku',
  'data-product-id',
  'data-productid',
  'data-item-id',
  'data-article-number',
] as const;
const SIMPLE = /^(?:#[\w-]+|\.[\w-]+|[a-zA-Z][\w-]*)$/;
const WHITESPACE = /\s/;
const WHITESPACE_RUN = /\s+/;

/** Splits on `sep` outside brackets, parentheses and quotes (`[aria-label="a b" i]` stays whole). */
export function splitSelector(selector: string, sep: ',' | ' '): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const c of selector) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (depth === 0 && (sep === ',' ? c === ',' : /\s/.test(c))) {
      if (current.trim()) out.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

const DEFERRED: unique symbol = Symbol('deferred');

export class PageIndex {
  readonly byId = new Map<string, Element>();
  readonly byClass = new Map<string, Element[]>();
  readonly byTag = new Map<string, Element[]>();
  private readonly byAttr = new Map<string, Element[]>();
  private readonly elements: Element[] = [];
  private positions: Map<Element, number> | undefined;
  private names: (readonly [name: string, els: readonly Element[]])[] | undefined;
  private readonly byNameFragment = new Map<string, Element[]>();
  /** Compound selectors the index could not answer, for tests that keep extraction to one walk. */
  readonly fullScans: string[] = [];

  constructor(
    readonly doc: Document,
    /** Module-private: the index starts empty and `inSlices` fills it. */
    deferred?: typeof DEFERRED,
  ) {
    if (deferred === DEFERRED) return;
    const walk = this.walk(Number.POSITIVE_INFINITY);
    while (!walk.next().done);
  }

  /**
   * Builds the index in slices of `sliceSize` elements, pausing (one `yield`) between slices so a caller
   * on a UI thread can hand control back; run to the end, it gives exactly the constructor's index.
   */
  static *inSlices(doc: Document, sliceSize: number): Generator<void, PageIndex, void> {
    const index = new PageIndex(doc, DEFERRED);
    yield* index.walk(sliceSize);
    return index;
  }

  private *walk(sliceSize: number): Generator<void, void, void> {
    const root = this.doc.documentElement;
    if (root === undefined) throw new TypeError('expected a DOM Document');
    // One pre-order walk by element siblings: the elements and order of `querySelectorAll('*')`
    // without running a selector matcher per node (about twice as fast in linkedom). Template
    // contents are skipped, as `querySelectorAll` does (in browsers they are not children at all).
    const elements = this.elements;
    let budget = sliceSize;
    let el: Element | null = root;
    while (el) {
      if (budget-- <= 0) {
        yield;
        budget = sliceSize - 1;
      }
      elements.push(el);
      this.add(el);
      let next: Element | null = el.localName === 'template' ? null : el.firstElementChild;
      while (!next && el && el !== root) {
        next = el.nextElementSibling;
        if (!next) el = el.parentElement;
      }
      el = next;
    }
  }

  private add(el: Element): void {
    // HTML localName is already lower-case in browsers and linkedom.
    push(this.byTag, el.localName, el);
    if (!el.hasAttributes()) return;
    // Attribute nodes, not getAttribute: linkedom answers getAttribute('class') by building and
    // joining a DOMTokenList, several times the cost of reading the attribute node's value.
    const id = el.getAttributeNode('id')?.value;
    if (id && !this.byId.has(id)) this.byId.set(id, el);
    const cls = el.getAttributeNode('class')?.value;
    if (!cls) return;
    if (!WHITESPACE.test(cls)) push(this.byClass, cls, el);
    else for (const c of cls.split(WHITESPACE_RUN)) if (c) pushOnce(this.byClass, c, el);
  }

  /** Document-order position of `el` (its index in the walk), or -1 for an element not indexed. Built on first use. */
  position(el: Element): number {
    if (!this.positions) {
      this.positions = new Map();
      for (const [i, e] of this.elements.entries()) this.positions.set(e, i);
    }
    return this.positions.get(el) ?? -1;
  }

  /** Elements whose class names or id contain `fragment` (lower-case), in document order, at most `max`. Cached per fragment. */
  withNameContaining(fragment: string, max: number): Element[] {
    let found = this.byNameFragment.get(fragment);
    if (!found) {
      this.names ??= [
        ...[...this.byClass].map(([name, els]) => [name.toLowerCase(), els] as const),
        ...[...this.byId].map(([id, el]) => [id.toLowerCase(), [el]] as const),
      ];
      const set = new Set<Element>();
      for (const [name, els] of this.names) if (name.includes(fragment)) for (const el of els) set.add(el);
      found = [...set].sort((a, b) => this.position(a) - this.position(b));
      this.byNameFragment.set(fragment, found);
    }
    return found.length > max ? found.slice(0, max) : found;
  }

  /** How many elements the index holds. */
  get size(): number {
    return this.elements.length;
  }

  /** The indexed elements from position `start` (inclusive) to `end` (exclusive), in document order. */
  range(start: number, end: number): readonly Element[] {
    return this.elements.slice(Math.max(0, start), Math.max(0, end));
  }

  /** Elements by tag name (lower-case), in document order. */
  byTagName(tag: string): readonly Element[] {
    return this.byTag.get(tag) ?? [];
  }

  /** Index candidates for one compound selector (no combinators), or undefined when it has no indexed part. */
  private candidates(selector: string): Element[] | undefined {
    // Look for #id and .class outside attribute values (`[itemtype*="schema.org/…"]` has a dot).
    const bare = selector.replace(/\[[^\]]*\]|\([^)]*\)/g, '');
    const id = /#([\w-]+)/.exec(bare)?.[1];
    if (id !== undefined) {
      const el = this.byId.get(id);
      return el ? [el] : [];
    }
    const cls = /\.([\w-]+)/.exec(bare)?.[1];
    if (cls !== undefined) return this.byClass.get(cls) ?? [];
    const tag = /^([a-zA-Z][\w-]*)/.exec(bare)?.[1];
    if (tag !== undefined) return this.byTag.get(tag.toLowerCase()) ?? [];
    const attr = /^\[([\w-]+)/.exec(selector)?.[1];
    if (attr !== undefined && (INDEXED_ATTRS as readonly string[]).includes(attr)) return this.withAttr(attr);
    return undefined;
  }

  /** Elements carrying `name`, indexed on first use from the element list (no second DOM walk). */
  private withAttr(name: string): Element[] {
    let list = this.byAttr.get(name);
    if (!list) {
      list = this.elements.filter((el) => el.hasAttribute(name));
      this.byAttr.set(name, list);
    }
    return list;
  }

  /** Elements matching one compound selector, lazily; `matches` only runs when the index is not exact. */
  private *compound(selector: string): Generator<Element> {
    const candidates = this.candidates(selector);
    if (!candidates) {
      this.fullScans.push(selector);
      yield* Array.from(this.doc.querySelectorAll(selector));
      return;
    }
    if (SIMPLE.test(selector)) {
      yield* candidates;
      return;
    }
    // linkedom compiles the selector on every `matches` call; a parsed compound is checked with getAttribute.
    const test = compileCompound(selector) ?? ((el: Element) => el.matches(selector));
    for (const el of candidates) if (test(el)) yield el;
  }

  /** Every element matching `selector` (a list of `compound [descendant …]`); the first step uses the index. */
  all(selector: string): Element[] {
    const out: Element[] = [];
    const seen = new Set<Element>();
    for (const branch of splitSelector(selector, ',')) {
      const [head = '', ...rest] = splitSelector(branch, ' ');
      const tail = rest.join(' ');
      for (const el of this.compound(head)) {
        const found = tail ? Array.from(el.querySelectorAll(tail)) : [el];
        for (const f of found) if (!seen.has(f) && seen.add(f)) out.push(f);
      }
    }
    return out;
  }

  first(selector: string): Element | null {
    const branches = splitSelector(selector, ',');
    if (branches.length === 1) {
      const [head = '', ...rest] = splitSelector(selector, ' ');
      const tail = rest.join(' ');
      for (const el of this.compound(head)) {
        const found = tail ? el.querySelector(tail) : el;
        if (found) return found;
      }
      return null;
    }
    return this.all(selector)[0] ?? null;
  }
}

const COMPOUND = /^([a-zA-Z][\w-]*)?((?:[#.][\w-]+|\[[\w-]+(?:[*^$]?="[^"]*")?\]|:not\(\[[\w-]+\]\))*)$/;
const PART = /[#.][\w-]+|\[([\w-]+)(?:([*^$]?=)"([^"]*)")?\]|:not\(\[([\w-]+)\]\)/g;

/** A matcher for `tag#id.class[attr="v"][attr*="v"]:not([attr])`, or undefined for anything richer. */
export function compileCompound(selector: string): ((el: Element) => boolean) | undefined {
  const m = COMPOUND.exec(selector);
  if (!m) return undefined;
  const tag = m[1]?.toLowerCase();
  const checks: ((el: Element) => boolean)[] = [];
  if (tag) checks.push((el) => el.localName.toLowerCase() === tag);
  for (const p of (m[2] ?? '').matchAll(PART)) {
    const token = p[0];
    if (token.startsWith('#')) {
      const id = token.slice(1);
      checks.push((el) => attr(el, 'id') === id);
    } else if (token.startsWith('.')) {
      const cls = token.slice(1);
      checks.push((el) => (attr(el, 'class') ?? '').split(WHITESPACE_RUN).includes(cls));
    } else if (p[4]) {
      const name = p[4];
      checks.push((el) => !el.hasAttribute(name));
    } else {
      const [, name = '', op, value = ''] = p;
      checks.push((el) => {
        const v = attr(el, name);
        if (v === undefined) return false;
        if (!op) return true;
        if (op === '=') return v === value;
        if (op === '*=') return v.includes(value);
        if (op === '^=') return v.startsWith(value);
        return v.endsWith(value);
      });
    }
  }
  return (el) => checks.every((c) => c(el));
}

/** An attribute's value from its node (see the constructor: cheaper than getAttribute in linkedom). */
function attr(el: Element, name: string): string | undefined {
  return el.getAttributeNode(name)?.value;
}

/** Like `push`, but skips `el` when it was just added under `key` (`class="a a"` lists it once). */
function pushOnce(map: Map<string, Element[]>, key: string, el: Element): void {
  const list = map.get(key);
  if (!list) map.set(key, [el]);
  else if (list[list.length - 1] !== el) list.push(el);
}

function push(map: Map<string, Element[]>, key: string, el: Element): void {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}
