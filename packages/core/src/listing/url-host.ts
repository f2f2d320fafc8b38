/** The lower-case host of a page URL, or '' for a URL that does not parse (a page is then matched by its markup only). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
