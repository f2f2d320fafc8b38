/** Build target injected by Vite (`--mode chrome|firefox`), so browser-specific code is dropped from the other build. */
declare const __TARGET__: 'chrome' | 'firefox';

/** Which content bundle is being built: `listing` (content.js), `editor` (editor.js), or `all` (tests). */
declare const __CONTENT_BUNDLE__: 'listing' | 'editor' | 'all';
