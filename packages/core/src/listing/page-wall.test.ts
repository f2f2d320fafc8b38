// page-wall: captchas, bot checks and consent interstitials are walls; a product page with reCAPTCHA is not.
import { describe, expect, it } from 'vitest';
import { auditHtml } from '../html/index.js';

const wallOf = (html: string, url = 'https://shop.example/p/1') => auditHtml(html, url);

describe('detectPageWall (through extraction and audit)', () => {
  it.each([
    [
      'Amazon captcha',
      '<html><head><title>Amazon.com</title></head><body><form action="/errors/validateCaptcha"><h4>Enter the characters you see below</h4></form></body></html>',
      'https://www.amazon.com/dp/B0C7TRAIL1',
      'bot-wall',
    ],
    [
      'Cloudflare challenge',
      '<html><head><title>Just a moment...</title></head><body><div id="challenge-form"></div></body></html>',
      undefined,
      'bot-wall',
    ],
    [
      'DataDome',
      '<html><body><script src="https://ct.captcha-delivery.com/c.js"></script></body></html>',
      undefined,
      'bot-wall',
    ],
    [
      'PerimeterX press and hold',
      '<html><body><div id="px-captcha"></div><p>Press &amp; Hold to confirm you are a human</p></body></html>',
      undefined,
      'bot-wall',
    ],
    [
      'Akamai access denied',
      '<html><head><title>Access Denied</title></head><body>You don\'t have permission to access "http://shop.example/p" on this server.</body></html>',
      undefined,
      'bot-wall',
    ],
    ['German bot check', '<html><body><h1>Bist du ein Mensch?</h1></body></html>', undefined, 'bot-wall'],
    [
      'consent host',
      '<html><body><form action="/save"><button>Accept all</button></form></body></html>',
      'https://consent.example.com/?continue=x',
      'consent-wall',
    ],
    [
      'consent title',
      '<html><head><title>Before you continue to Shop</title></head><body><button>Reject all</button></body></html>',
      undefined,
      'consent-wall',
    ],
  ])('%s', (_label, html, url, kind) => {
    const { listing, report } = wallOf(html, url);
    expect(listing.wall?.kind).toBe(kind);
    expect(report).toMatchObject({ scored: false, score: 0, findings: [], rulesRun: 0, wall: listing.wall });
    expect(listing.warnings.at(-1)).toContain('not a product page');
  });

  it('a product page that embeds reCAPTCHA in its review form is a product page', () => {
    const html =
      '<html><body><h1>Oak Desk</h1><span class="price">$120.00</span><button>Add to cart</button><div class="g-recaptcha"></div></body></html>';
    const { listing, report } = wallOf(html);
    expect(listing.wall).toBeUndefined();
    expect(report.scored).toBe(true);
    expect(report.rulesRun).toBeGreaterThan(0);
  });
});
