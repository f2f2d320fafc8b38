import { describe, expect, it } from 'vitest';
import { auditHtml, parseHtmlDocument } from './index.js';

describe('@revloop/core/html', () => {
  it('parses full documents and fragments into a standard Document', () => {
    expect(
      parseHtmlDocument('<html><head><title>T</title></head><body><h1>x</h1></body></html>').querySelector('title')
        ?.textContent,
    ).toBe('T');
    expect(parseHtmlDocument('<span id="productTitle">Kettle</span>').querySelector('#productTitle')?.textContent).toBe(
      'Kettle',
    );
  });

  it('extracts and audits in one call', () => {
    const { listing, report } = auditHtml(
      '<span id="productTitle">Kettle</span><div id="feature-bullets"><ul><li>Boils fast</li></ul></div>',
      'https://www.amazon.com/dp/B0TEST0001',
      { copy: false },
    );
    expect(listing).toMatchObject({
      marketplace: 'amazon',
      title: 'Kettle',
      bullets: ['Boils fast'],
      ids: { asin: 'B0TEST0001' },
    });
    expect(report.findings.find((f) => f.ruleId === 'amazon/bullet-count')).toMatchObject({
      field: 'bullets',
      target: '#feature-bullets li',
    });
  });

  it('does not throw on empty or binary-looking input', () => {
    expect(() => auditHtml('', 'https://x.test/p')).not.toThrow();
    expect(() => auditHtml('\u0000\uFFFD<<<>>>', 'nonsense')).not.toThrow();
  });
});
