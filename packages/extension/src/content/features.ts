/** Registry of content features, run in order by the content script. The editor checker registers here too. */
import { editorChecker } from '../editor/editor-checker.js';
import type { ContentFeature } from './feature.js';
import { listingAudit } from './listing-audit.js';

// Two content bundles share this registry: `content.js` (product pages) and `editor.js` (enabled CMS sites). The build
// replaces __CONTENT_BUNDLE__, so each bundle carries only its own features and stays small.
const productFeatures: ContentFeature[] = __CONTENT_BUNDLE__ === 'editor' ? [] : [listingAudit];
const editorFeatures: ContentFeature[] = __CONTENT_BUNDLE__ === 'listing' ? [] : [editorChecker];

export const features: ContentFeature[] = [...productFeatures, ...editorFeatures];
