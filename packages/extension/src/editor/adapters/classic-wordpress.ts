/** Classic WordPress editor: title input, TinyMCE visual tab (iframe), text tab textarea, excerpt. */
import type { EditorAdapter } from '../types.js';
import { type EditorFieldSpec, fieldTable } from './field-table.js';
import { isWordpressEditorUrl } from './gutenberg.js';

const ID = 'classic-wordpress';
const FIELDS: EditorFieldSpec[] = [
  { key: 'wordpress.post.title', role: 'post-title', label: 'Post title', selector: '#titlewrap input#title' },
  {
    key: 'wordpress.post.content',
    role: 'post-body',
    label: 'Content',
    selector: 'textarea#content.wp-editor-area, body#tinymce[data-id="content"]',
  },
  { key: 'wordpress.post.excerpt', role: 'post-excerpt', label: 'Excerpt', selector: 'textarea#excerpt' },
];

export const classicWordpressAdapter: EditorAdapter = {
  id: ID,
  matches: isWordpressEditorUrl,
  detect: (doc) => doc.querySelector('#post #titlewrap, #wp-content-wrap') !== null,
  ...fieldTable(ID, FIELDS, 'iframe#content_ifr'),
};
