/** Background check: the editor:lint message sent to the SW, and malformed or oversized input refused. */
import { describe, expect, it } from 'vitest';
import { asCheckResult, createBackgroundCheck } from './background-check.js';
import { EditorLintMessageSchema } from './lint-message.js';

describe('createBackgroundCheck', () => {
  it('sends a valid editor:lint message and returns the answer', async () => {
    const sent: unknown[] = [];
    const check = createBackgroundCheck(async (m) => {
      sent.push(m);
      return { score: 80, findings: [], placement: 'seo.title' };
    });
    const r = await check('Title', { key: 'shopify.product.title', role: 'product-title' });
    expect(r).toEqual({ score: 80, findings: [], placement: 'seo.title' });
    expect(EditorLintMessageSchema.safeParse(sent[0]).success).toBe(true);
  });

  it('treats a missing or malformed answer as no answer', async () => {
    expect(await createBackgroundCheck(async () => undefined)('x', { key: 'k', role: 'generic' })).toBeNull();
    expect(asCheckResult({ error: 'invalid message' })).toBeNull();
    expect(asCheckResult({ score: '1', findings: [] })).toBeNull();
  });

  it('rejects oversized texts and unknown roles at the schema', () => {
    const base = { kind: 'editor:lint', field: { key: 'k', role: 'generic' } };
    expect(EditorLintMessageSchema.safeParse({ ...base, text: 'x'.repeat(120_001) }).success).toBe(false);
    expect(EditorLintMessageSchema.safeParse({ ...base, text: 'x', field: { key: 'k', role: 'nope' } }).success).toBe(
      false,
    );
  });
});
