/** Frame documents: an editor's own document plus the same-origin iframes its canvas lives in (TinyMCE, Gutenberg). */

/** The document and the readable documents of the iframes matching `iframeSelector`; cross-origin frames are skipped. */
export function frameDocs(doc: Document, iframeSelector: string): Document[] {
  const docs = [doc];
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>(iframeSelector)) {
    try {
      const inner = frame.contentDocument;
      if (inner?.body) docs.push(inner);
    } catch {
      // Cross-origin: not ours to read.
    }
  }
  return docs;
}

/** Elements matching `selector` in every document, deduplicated, in document order per document. */
export function queryAllIn(docs: readonly Document[], selector: string): HTMLElement[] {
  const out = new Set<HTMLElement>();
  for (const d of docs) for (const el of d.querySelectorAll<HTMLElement>(selector)) out.add(el);
  return [...out];
}
