/** Editor adapter registry: adding an editor means adding one adapter file, its fixture and one line here. */
import type { EditorAdapter } from '../types.js';
import { classicWordpressAdapter } from './classic-wordpress.js';
import { gutenbergAdapter } from './gutenberg.js';
import { plainFieldAdapter } from './plain-field.js';
import { shopifyAdminAdapter } from './shopify-admin.js';

/** Most specific first; `plain-field` is the catch-all for enabled sites. */
export const editorAdapters: readonly EditorAdapter[] = [
  shopifyAdminAdapter,
  gutenbergAdapter,
  classicWordpressAdapter,
  plainFieldAdapter,
];
