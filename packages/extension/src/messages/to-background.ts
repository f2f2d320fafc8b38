/** Messages content scripts and extension pages send to the service worker: one zod-validated discriminated union. */
import { ListingSchema } from '@revloop/core/listing';
import { z } from 'zod';
import { EditorLintMessageSchema } from '../editor/lint-message.js';

const TabId = z.number().int().nonnegative();

export const ToBackgroundSchema = z.discriminatedUnion('kind', [
  /** Content script → SW: a product page was extracted; the SW audits it, sets the badge and records history. */
  z.object({
    kind: z.literal('listing:extracted'),
    site: z.string().max(40),
    listing: ListingSchema,
    extractMs: z.number().nonnegative(),
  }),
  /** Content script → SW: the page is not a product page (clears the badge). */
  z.object({ kind: z.literal('listing:none'), url: z.string().max(4000) }),
  /** Content script → SW: the in-editor checker's current score for the badge (editor feature). */
  z.object({ kind: z.literal('editor:score'), score: z.number().min(0).max(100), problems: z.number().int().min(0) }),
  /** Content script → SW: lint one editor field with the core (editor feature; keeps the core out of content.js). */
  EditorLintMessageSchema,
  /** Panel → SW: the latest audit of a tab. */
  z.object({ kind: z.literal('audit:get'), tabId: TabId }),
  /** Panel → SW: audit a tab now (injects the content script through activeTab/scripting when needed). */
  z.object({ kind: z.literal('audit:run'), tabId: TabId }),
  /** Panel → SW: forward a "show on page" request to the tab. */
  z.object({
    kind: z.literal('page:highlight'),
    tabId: TabId,
    target: z.string().min(1).max(2000),
    label: z.string().max(500),
  }),
  /** Panel → SW: every listing's latest audit (compare view, history list). */
  z.object({ kind: z.literal('history:list') }),
  /** Panel → SW: all stored audits of one listing, newest first. */
  z.object({ kind: z.literal('history:get'), key: z.string().max(500) }),
  /** Content script → SW: the current settings, migrated and validated there (keeps the schemas out of the content script). */
  z.object({ kind: z.literal('settings:get') }),
  /** Options → SW: settings changed; re-register editor sites. */
  z.object({ kind: z.literal('settings:changed') }),
]);
export type ToBackground = z.infer<typeof ToBackgroundSchema>;
export type ToBackgroundKind = ToBackground['kind'];

export function parseToBackground(raw: unknown): { ok: true; message: ToBackground } | { ok: false; error: string } {
  const r = ToBackgroundSchema.safeParse(raw);
  if (r.success) return { ok: true, message: r.data };
  return { ok: false, error: r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
}
