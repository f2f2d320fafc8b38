/** Build target injected by Vite (`--mode chrome|firefox`), so browser-specific code is dropped from the other build. */
declare const __TARGET__: 'chrome' | 'firefox';

/** Which content bundle is being built: `listing` (content.js), `editor` (editor.js), or `all` (tests). */
declare const __CONTENT_BUNDLE__: 'listing' | 'editor' | 'all';

/**
 * True only in the test build (`dist/chrome-test`, unit tests): guards hooks the browser tests read over runtime
 * messages. `false` in release builds, so the guarded code and its strings are removed by the minifier.
 */
declare const __REVLOOP_TEST__: boolean;
