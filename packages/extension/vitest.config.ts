// Extension tests: unit tests (happy-dom or plain) plus real-Chromium tests that load the built extension.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: {
    __TARGET__: JSON.stringify('chrome'),
    __CONTENT_BUNDLE__: JSON.stringify('all'),
    __REVLOOP_TEST__: JSON.stringify(true),
  },
  test: {
    name: 'extension',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
