/** Shared types of the in-place editor checker: editor fields, adapters and the lint results they show. */

/** What a field holds, independent of the site: decides the default placement. */
export type FieldRole =
  | 'product-title'
  | 'product-description'
  | 'seo-title'
  | 'seo-description'
  | 'post-title'
  | 'post-body'
  | 'post-excerpt'
  | 'generic';

/** One editable field an adapter found: a textarea/input or a contenteditable root. */
export interface EditorField {
  element: HTMLElement;
  /** Stable key for `settings.editorPlacements`, e.g. `shopify-admin:product-title`. */
  key: string;
  role: FieldRole;
  /** Human label shown on the score badge. */
  label: string;
  adapterId: string;
}

/** One adapter per editor, registered declaratively in `adapters/index.ts`. */
export interface EditorAdapter {
  id: string;
  /** Cheap URL test, no DOM access. */
  matches(url: URL): boolean;
  /** A few selectors: is this editor on the page (yet)? */
  detect(doc: Document): boolean;
  /** The fields to check eagerly (known selectors only, never a whole-document scan). */
  fields(doc: Document): EditorField[];
  /** Resolves a focused element into a field, for editors whose fields appear lazily. */
  fieldFor?(element: Element): EditorField | null;
}

export type TextRange = [start: number, end: number];

export type CheckFix = { kind: 'replace'; range: TextRange; text: string } | { kind: 'suggest'; text: string };

/** The subset of a core copy finding the checker needs. */
export interface CheckFinding {
  ruleId: string;
  category: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  range?: TextRange;
  fix?: CheckFix;
}

export interface CheckResult {
  score: number;
  findings: CheckFinding[];
  /** The placement the text was linted for (resolved from the field's key and role and the user's mapping). */
  placement?: string;
}

/** What the lint needs to know about a field to pick its placement. */
export interface FieldRef {
  key: string;
  role: FieldRole;
}

/**
 * Lints one field's text: through the service worker in the extension (the core stays out of the content
 * script), in-process in tests. `null` means "no answer" (SW restarting): keep what is shown.
 */
export type CheckText = (text: string, field: FieldRef) => CheckResult | null | Promise<CheckResult | null>;
