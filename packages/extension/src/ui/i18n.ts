/** UI strings from `_locales` (English first); falls back to the key so a missing string is visible, not blank. */
import { browser } from '../platform/browser.js';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
