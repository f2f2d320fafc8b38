/** Classic WordPress editor: title input, TinyMCE visual tab (iframe), text tab textarea, excerpt. */
import type { EditorAdapter, EditorField, FieldRole } from '../types.js';
import { frameDocs, queryAllIn } from './frame-docs.js';
import { isWordpressEditorUrl } from './gutenberg.js';

const ID = 'classic-wordpress';
const FIELDS: { key: string; role: FieldRole; label: string; selector: string }[] = [
  { key: 'wordpress.post.title', role: 'post-title', label: 'Post title', selector: '#titlewrap input#title' },
  {
    key: 'wordpress.post.content',
    role: 'post-body',
    label: 'Content',
    selector: 'textarea#content.wp-editor-area, body#tinymce[data-id="content"]',
  },
  { key: 'wordpress.post.excerpt', role: 'post-excerpt', label: 'Excerpt', selector: 'textarea#excerpt' },
];
const ANY_FIELD = FIELDS.map((f) => f.selector).join(', ');

export const classicWordpressAdapter: EditorAdapter = {
  id: ID,
  matches: isWordpressEditorUrl,
  detect: (doc) => doc.querySelector('#post #titlewrap, #wp-content-wrap') !== null,
  fields(doc) {
    const docs = frameDocs(doc, 'iframe#content_ifr');
    const out: EditorField[] = [];
    for (const f of FIELDS) {
      for (const element of queryAllIn(docs, f.selector)) {
        out.push({ element, key: f.key, role: f.role, label: f.label, adapterId: ID });
      }
    }
    return out;
  },
  fieldFor(element) {
    const el = element.closest<HTMLElement>(ANY_FIELD);
    const f = el ? FIELDS.find((c) => el.matches(c.selector)) : undefined;
    return el && f ? { element: el, key: f.key, role: f.role, label: f.label, adapterId: ID } : null;
  },
};
