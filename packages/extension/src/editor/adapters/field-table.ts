/** Field-table adapters: editors whose fields are a fixed list of selectors, in the page and one editor iframe. */
import type { EditorAdapter, EditorField, FieldRole } from '../types.js';
import { frameDocs, queryAllIn } from './frame-docs.js';

export interface EditorFieldSpec {
  key: string;
  role: FieldRole;
  label: string;
  selector: string;
}

/** Builds `fields` and `fieldFor` from a selector table; `iframeSelector` names the rich-text iframe to look inside. */
export function fieldTable(
  adapterId: string,
  specs: readonly EditorFieldSpec[],
  iframeSelector: string,
): Pick<EditorAdapter, 'fields' | 'fieldFor'> {
  const anyField = specs.map((f) => f.selector).join(', ');
  const toField = (element: HTMLElement, f: EditorFieldSpec): EditorField => ({
    element,
    key: f.key,
    role: f.role,
    label: f.label,
    adapterId,
  });
  return {
    fields(doc) {
      const docs = frameDocs(doc, iframeSelector);
      const out: EditorField[] = [];
      for (const f of specs) {
        for (const element of queryAllIn(docs, f.selector)) out.push(toField(element, f));
      }
      return out;
    },
    fieldFor(element) {
      const el = element.closest<HTMLElement>(anyField);
      const f = el ? specs.find((c) => el.matches(c.selector)) : undefined;
      return el && f ? toField(el, f) : null;
    },
  };
}
