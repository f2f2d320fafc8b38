/** Asset-list fixtures for the funnel rule tests (test-only; the shared table harness runs the rules). */

/** `n` assets of one content type (and stage). */
export function many(n: number, contentType: string, stage?: string): { contentType: string; stage?: string }[] {
  return Array.from({ length: n }, () => (stage ? { contentType, stage } : { contentType }));
}
