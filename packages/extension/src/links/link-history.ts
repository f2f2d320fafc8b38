/** History of tagged links (newest first, capped) in `storage.local`. */
import { browser } from '../platform/browser.js';

export interface TaggedLink {
  url: string;
  channel: string;
  at: number;
}

const KEY = 'linkHistory';
export const MAX_LINKS = 50;

export async function linkHistory(): Promise<TaggedLink[]> {
  return ((await browser.storage.local.get(KEY))[KEY] as TaggedLink[] | undefined) ?? [];
}

export async function rememberLink(link: TaggedLink): Promise<TaggedLink[]> {
  const next = [link, ...(await linkHistory()).filter((l) => l.url !== link.url)].slice(0, MAX_LINKS);
  await browser.storage.local.set({ [KEY]: next });
  return next;
}
