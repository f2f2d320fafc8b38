// Root Vitest config: one project per package, so `pnpm test` runs every suite once.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'test/vitest.config.ts'],
  },
});
