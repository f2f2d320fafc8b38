/** `chrome` as seen inside `serviceWorker.evaluate(...)` callbacks (they run in the extension, not in Node): the APIs tests use. */
// biome-ignore-all lint/suspicious/noExplicitAny: storage values and replies are whatever the extension stored.
interface TestStorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, any>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  clear(): Promise<void>;
}

declare const chrome: {
  storage: { local: TestStorageArea; session: TestStorageArea };
  tabs: {
    query(q: Record<string, unknown>): Promise<{ id?: number; url?: string; active?: boolean }[]>;
    sendMessage(tabId: number, message: unknown): Promise<any>;
    update(tabId: number, props: Record<string, unknown>): Promise<unknown>;
  };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: {
      ids?: string[];
    }): Promise<{ id: string; matches?: string[]; js?: string[]; runAt?: string }[]>;
  };
  permissions: { contains(p: { origins?: string[]; permissions?: string[] }): Promise<boolean> };
  contextMenus: { update(id: string, props: Record<string, unknown>, done: () => void): void };
  runtime: {
    lastError?: { message: string };
    id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<any>;
  };
};
