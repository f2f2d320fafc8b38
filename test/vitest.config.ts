// Cross-package tests: packaging of the built library, docs freshness, examples.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { name: 'workspace', include: ['test/**/*.test.ts'], root: '..', testTimeout: 60_000 },
});
