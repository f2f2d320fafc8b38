/** Typed send from the content script to the service worker (the SW validates with zod; here only types, to stay small). */
import type { ToBackground } from '../messages/to-background.js';
import { browser } from '../platform/browser.js';

export async function sendToBackground(message: ToBackground): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    // The SW may be restarting or the extension was updated; the next page load retries.
    return undefined;
  }
}
