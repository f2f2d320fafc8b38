// Extension pages (side panel / popup, options) and the module service worker; `--mode chrome|firefox` picks the target.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { buildFlavor } from './scripts/flavor.mjs';

export default defineConfig(({ mode }) => ({
  plugins: [preact()],
  publicDir: 'public',
  define: { __TARGET__: JSON.stringify(mode), __REVLOOP_TEST__: JSON.stringify(buildFlavor().test) },
  build: {
    outDir: buildFlavor().outDir(mode),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    minify: true,
    rollupOptions: {
      input: { panel: 'panel.html', options: 'options.html', background: 'src/background/index.ts' },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
}));
