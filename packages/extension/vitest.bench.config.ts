// Extension browser benchmarks (real Chromium): run by `pnpm bench`, never by `pnpm test`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: {
    __TARGET__: JSON.stringify('chrome'),
    __CONTENT_BUNDLE__: JSON.stringify('all'),
    __REVLOOP_TEST__: JSON.stringify(true),
  },
  test: {
    name: 'extension-bench',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['bench/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
