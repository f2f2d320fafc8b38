// url-host: the host of a page URL, lower-cased, and '' for text that is not a URL.
import { describe, expect, it } from 'vitest';
import { hostOf } from './url-host.js';

describe('hostOf', () => {
  it.each([
    ['https://WWW.Target.com/p/x/-/A-1', 'www.target.com'],
    ['http://shop.example:8080/p', 'shop.example'],
    ['not a url', ''],
    ['', ''],
  ])('%s → %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });
});
