/** Parses fixture HTML into a Document with linkedom, the DOM core's own golden tests use (no scripts, no network). */
import { parseHTML } from 'linkedom';

export function fixtureDocument(html: string, _url: string): Document {
  return parseHTML(html).document as unknown as Document;
}
