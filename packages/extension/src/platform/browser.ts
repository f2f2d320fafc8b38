/** The one place the WebExtension API is imported, so tests can mock it and zod runs without eval everywhere. */
import './zod-jitless.js';
import browser from 'webextension-polyfill';

export type { Browser, Runtime, Storage, Tabs } from 'webextension-polyfill';
export { browser };
