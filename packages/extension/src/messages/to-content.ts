/** Messages the service worker sends to a tab's content script; validated there with zod before use. */
// zod/mini (functional, tree-shakable): this schema ships in every content script, which must stay small.
import * as z from 'zod/mini';

export const ToContentSchema = z.discriminatedUnion('kind', [
  /** Scroll to the element a finding points at and outline it; `label` is shown as text. */
  z.object({
    kind: z.literal('page:highlight'),
    target: z.string().check(z.minLength(1), z.maxLength(2000)),
    label: z.string().check(z.maxLength(500)),
  }),
  z.object({ kind: z.literal('page:clear-highlight') }),
  /** Re-run extraction (after settings change or on demand). */
  z.object({ kind: z.literal('page:audit') }),
  z.object({ kind: z.literal('page:ping') }),
]);
export type ToContent = z.infer<typeof ToContentSchema>;

export type ToContentReply<K extends ToContent['kind']> = K extends 'page:highlight'
  ? { found: boolean }
  : K extends 'page:ping'
    ? { alive: true; site: string | null }
    : { ok: boolean };

export function parseToContent(raw: unknown): ToContent | null {
  const r = ToContentSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/**
 * Only our own service worker may drive a content script: same extension id, and not another tab's content script
 * (those carry `sender.tab`). Checked before parsing, so nothing else is even looked at.
 */
export function isFromOwnExtension(
  sender: { id?: string | undefined; url?: string | undefined; tab?: unknown },
  ownId: string,
): boolean {
  return sender.id === ownId && sender.tab === undefined;
}
