// Release or test build: the test build (REVLOOP_BUILD=test) keeps test-only hooks and goes to its own folder.
/**
 * Release builds compile `__REVLOOP_TEST__` to `false`, so every test hook is dead code the minifier drops; only
 * `dist/<target>-test/`, which the browser tests load and nobody ships, has them.
 * @returns {{ test: boolean, outDir: (target: string) => string }}
 */
export function buildFlavor() {
  const test = process.env.REVLOOP_BUILD === 'test';
  return { test, outDir: (target) => (test ? `dist/${target}-test` : `dist/${target}`) };
}
