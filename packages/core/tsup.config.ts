// Build config: one ESM + CJS + d.ts entry per public subpath, plus the unversioned `internal` one.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'engine/index': 'src/engine/index.ts',
    'funnel/index': 'src/funnel/index.ts',
    'brief/index': 'src/brief/index.ts',
    'copy/index': 'src/copy/index.ts',
    'links/index': 'src/links/index.ts',
    'listing/index': 'src/listing/index.ts',
    'html/index': 'src/html/index.ts',
    // Not semver-covered helpers for the extension, docs generation and tests (see the file's header).
    internal: 'src/internal.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
});
