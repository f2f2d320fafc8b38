/** WordPress block editor (Gutenberg): post title, rich-text blocks (in the page or the editor-canvas iframe), excerpt. */
import type { EditorAdapter, EditorField, FieldRole } from '../types.js';
import { frameDocs, queryAllIn } from './frame-docs.js';

const ID = 'gutenberg';
const CANVAS = 'iframe[name="editor-canvas"], iframe.block-editor-iframe__container';
const TITLE =
  '.editor-post-title__input, .editor-post-title[contenteditable="true"], .wp-block-post-title[contenteditable="true"]';
const BLOCK = '.block-editor-rich-text__editable[contenteditable="true"]';
const EXCERPT = '.editor-post-excerpt textarea, textarea.editor-post-excerpt__textarea';

function classify(el: HTMLElement): { key: string; role: FieldRole; label: string } | null {
  if (el.matches(TITLE)) return { key: 'wordpress.post.title', role: 'post-title', label: 'Post title' };
  if (el.matches(EXCERPT)) return { key: 'wordpress.post.excerpt', role: 'post-excerpt', label: 'Excerpt' };
  if (el.matches(BLOCK)) return { key: 'wordpress.post.content', role: 'post-body', label: 'Block' };
  return null;
}

/** Matches `post.php`/`post-new.php` under `/wp-admin/`, on any host (the site must be enabled). */
export const isWordpressEditorUrl = (url: URL): boolean => /\/wp-admin\/post(-new)?\.php$/.test(url.pathname);

export const gutenbergAdapter: EditorAdapter = {
  id: ID,
  matches: isWordpressEditorUrl,
  detect: (doc) =>
    doc.querySelector(`.block-editor, .editor-styles-wrapper, .block-editor-writing-flow, ${CANVAS}`) !== null,
  fields(doc) {
    const docs = frameDocs(doc, CANVAS);
    const out: EditorField[] = [];
    for (const element of queryAllIn(docs, `${TITLE}, ${BLOCK}, ${EXCERPT}`)) {
      const c = classify(element);
      // A title that is also a rich-text block counts once, as the title.
      if (c) out.push({ element, ...c, adapterId: ID });
    }
    return out;
  },
  fieldFor(element) {
    const el = element.closest<HTMLElement>(`${TITLE}, ${BLOCK}, ${EXCERPT}`);
    const c = el ? classify(el) : null;
    return el && c ? { element: el, ...c, adapterId: ID } : null;
  },
};
