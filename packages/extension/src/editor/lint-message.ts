/** Lint message: the content script asks the service worker to lint one field (keeps the core out of the content script). */
import { z } from 'zod';
import type { FieldRole } from './types.js';

const ROLES = [
  'product-title',
  'product-description',
  'seo-title',
  'seo-description',
  'post-title',
  'post-body',
  'post-excerpt',
  'generic',
] as const satisfies readonly FieldRole[];

/** The `editor:lint` member of the service worker's message union. */
export const EditorLintMessageSchema = z.object({
  kind: z.literal('editor:lint'),
  /** Same cap as the checker's: longer texts are not linted per keystroke. */
  text: z.string().max(120_000),
  field: z.object({ key: z.string().min(1).max(200), role: z.enum(ROLES) }),
});
export type EditorLintMessage = z.infer<typeof EditorLintMessageSchema>;
