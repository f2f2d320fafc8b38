// Content scripts: classic IIFE files (content scripts cannot be ES modules). `CONTENT_BUNDLE=listing|editor` picks the
// bundle: content.js for product pages, editor.js for the CMS sites the user enabled.
import { defineConfig } from 'vite';

export default defineConfig(({ mode }) => {
  const bundle = process.env.CONTENT_BUNDLE === 'editor' ? 'editor' : 'listing';
  return {
    publicDir: false,
    define: {
      __TARGET__: JSON.stringify(mode),
      __CONTENT_BUNDLE__: JSON.stringify(bundle),
      'process.env.NODE_ENV': '"production"',
    },
    build: {
      outDir: `dist/${mode}`,
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
