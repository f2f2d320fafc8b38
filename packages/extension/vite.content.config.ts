// Content scripts: classic IIFE files (content scripts cannot be ES modules). `CONTENT_BUNDLE=listing|editor` picks the
// bundle: content.js for product pages, editor.js for the CMS sites the user enabled.
import { defineConfig } from 'vite';
import { buildFlavor } from './scripts/flavor.mjs';

export default defineConfig(({ mode }) => {
  const bundle = process.env.CONTENT_BUNDLE === 'editor' ? 'editor' : 'listing';
  return {
    publicDir: false,
    define: {
      __TARGET__: JSON.stringify(mode),
      __CONTENT_BUNDLE__: JSON.stringify(bundle),
      __REVLOOP_TEST__: JSON.stringify(buildFlavor().test),
      'process.env.NODE_ENV': '"production"',
    },
    build: {
      outDir: buildFlavor().outDir(mode),
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: {
        entry: 'src/content/index.ts',
        formats: ['iife'],
        name: 'revloopContent',
        fileName: () => (bundle === 'editor' ? 'editor.js' : 'content.js'),
      },
    },
  };
});
