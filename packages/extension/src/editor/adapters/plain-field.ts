/** Plain fields on an enabled site: any text textarea, text input or contenteditable root, attached on focus. */
import type { EditorAdapter, EditorField } from '../types.js';

const ID = 'plain-field';
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);

/** The outermost editable ancestor: rich editors nest contenteditable hosts, and we lint the whole host. */
function editableRoot(el: HTMLElement): HTMLElement {
  let root = el;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

export const plainFieldAdapter: EditorAdapter = {
  id: ID,
  matches: () => true,
  detect: () => true,
  // Nothing eager: a whole-document scan is exactly what a plain page must not pay for.
  fields: () => [],
  fieldFor(element): EditorField | null {
    const el = element as HTMLElement;
    if (el.tagName === 'TEXTAREA') {
      return (el as HTMLTextAreaElement).readOnly ? null : field(el, 'generic.textarea');
    }
    if (el.tagName === 'INPUT') {
      const input = el as HTMLInputElement;
      const type = (input.getAttribute('type') ?? '').toLowerCase();
      return TEXT_INPUT_TYPES.has(type) && !input.readOnly ? field(el, 'generic.input') : null;
    }
    if (el.isContentEditable) return field(editableRoot(el), 'generic.contenteditable');
    return null;
  },
};

function field(element: HTMLElement, key: string): EditorField {
  const label = element.getAttribute('aria-label') ?? element.getAttribute('name') ?? element.id ?? 'Field';
  return { element, key, role: 'generic', label: label || 'Field', adapterId: ID };
}
