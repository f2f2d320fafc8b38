// Cross-module consistency (issue 9): the same text gets the same claim, placeholder and PII verdict in briefs, copy and links.
import { describe, expect, it } from 'vitest';
import { checkBrief } from '../brief/check.js';
import { BRIEF_EXAMPLE_NOW } from '../brief/pack.js';
import { lintCopy } from '../copy/lint-copy.js';
import type { PlacementId } from '../copy/placements.js';
import type { Severity } from '../engine/finding.js';
import { checkCampaignUrl } from '../links/check-campaign-url.js';
import { detectClaims } from './claims.js';
import { detectPii } from './pii.js';
import { detectPlaceholders } from './placeholders.js';

type Verdict = Severity | 'none';
const RANK: Record<Verdict, number> = { none: 0, info: 1, warning: 2, error: 3 };
const worst = (list: readonly Verdict[]): Verdict =>
  list.reduce<Verdict>((a, b) => (RANK[b] > RANK[a] ? b : a), 'none');
const now = BRIEF_EXAMPLE_NOW;

/** The brief's verdict on `text` as an unsubstantiated required claim. */
function briefClaim(text: string): Verdict {
  const report = checkBrief({ requiredClaims: [{ text }] }, { now });
  return worst(report.findings.filter((f) => f.ruleId === 'brief/unsubstantiated-claim').map((f) => f.severity));
}
function copyClaim(text: string): Verdict {
  return worst(
    lintCopy(text)
      .findings.filter((f) => f.category === 'claims')
      .map((f) => f.severity),
  );
}
/** Whether a brief of the given format kind flags `text` in its key message as a placeholder. */
function briefPlaceholder(text: string, kind: string): boolean {
  const report = checkBrief({ keyMessage: text, format: { kind } }, { now });
  return report.findings.some((f) => f.ruleId === 'brief/placeholder-text' && f.field === 'keyMessage');
}
function copyPlaceholder(text: string, placement: PlacementId): boolean {
  return lintCopy(text, { placement }).findings.some(
    (f) => f.category === 'placeholders' && f.ruleId !== 'copy/placeholders/asin',
  );
}
/** PII kinds copy reports in marketplace listing copy (where contact details are banned). */
function copyPii(text: string): string[] {
  return lintCopy(text, { placement: 'amazon.bullet' })
    .findings.filter((f) => f.ruleId === 'copy/policy/contact-info' && !/^URL /.test(f.message))
    .map((f) => (f.message.startsWith('E-mail') ? 'email' : 'phone'));
}
/** PII kinds links reports when the text is a campaign parameter value. */
function linksPii(text: string): string[] {
  const url = `https://shop.example.com/?utm_source=x&utm_medium=email&utm_campaign=c&utm_content=${encodeURIComponent(text)}`;
  return checkCampaignUrl(url)
    .findings.filter((f) => f.ruleId === 'links/pii')
    .map((f) => (f.message.includes('e-mail') ? 'email' : 'phone'));
}

describe('claims: brief, copy and detectClaims agree', () => {
  it.each<[string, Verdict]>([
    ['Heals dry skin', 'error'],
    ['Relieves eczema fast', 'error'],
    ['Clinically proven', 'error'],
    ['100% natural', 'warning'],
    ['best in the world', 'warning'],
    ['Eco-friendly packaging', 'error'],
    ['Dries 2x faster than cotton', 'warning'],
    ['Proudly made in the USA', 'warning'],
    ['Doctor recommended', 'warning'],
    ['Works best with filtered water', 'none'],
    ['Ships in 24 hours', 'none'],
    ['Soothes dry skin', 'none'],
    // Issue 14: environmental claims, graded by the Green Guides (16 CFR 260) in every module alike.
    ['100% biodegradable', 'error'],
    ['Biodegradable within 180 days', 'info'],
    ['Biodegradable within 180 days in home compost', 'none'],
    ['Compostable cups', 'warning'],
    ['Compostable in industrial facilities', 'info'],
    ['Recyclable packaging', 'warning'],
    ['Recyclable where facilities exist', 'info'],
    ['Not recyclable', 'none'],
    ['Made from recycled materials', 'info'],
    ['Made with 50% recycled plastic', 'none'],
    ['Carbon neutral delivery', 'error'],
    ['Carbon neutral, certified by ClimatePartner with offsets', 'warning'],
    ['Net zero by 2040', 'warning'],
    ['Non-toxic formula', 'warning'],
    ['PFAS-free coating', 'warning'],
    ['Ozone-friendly spray', 'error'],
    ['Go green with our bottle', 'error'],
    ['Green jacket', 'none'],
  ])('%s → %s', (text, expected) => {
    const detected = worst(detectClaims(text).map((h) => h.severity));
    expect({ detected, brief: briefClaim(text), copy: copyClaim(text) }).toEqual({
      detected: expected,
      brief: expected,
      copy: expected,
    });
  });
});

describe('placeholders: brief, copy and detectPlaceholders agree, in web and e-mail context', () => {
  it.each<[string, web: boolean, email: boolean]>([
    ['Meet [Product Name] today', true, true],
    ['Hi {{first_name}}, your order shipped', true, false],
    ['Hi *|FNAME|*, it shipped', true, false],
    ['Warranty: TBD', true, true],
    ['Save XX% now', true, true],
    ['Lorem ipsum dolor', true, true],
    ['Material: N/A', true, true],
    ['Grip you can trust on wet trails', false, false],
    ['Para todo el día', false, false],
    ['Really???', false, false],
  ])('%s → web %s, e-mail %s', (text, web, email) => {
    expect({
      detectedWeb: detectPlaceholders(text).length > 0,
      detectedEmail: detectPlaceholders(text, { mergeTagsFilledAtSend: true }).length > 0,
      briefWeb: briefPlaceholder(text, 'static-image'),
      briefEmail: briefPlaceholder(text, 'email'),
      copyWeb: copyPlaceholder(text, 'meta.primary-text'),
      copyEmail: copyPlaceholder(text, 'email.subject'),
    }).toEqual({
      detectedWeb: web,
      detectedEmail: email,
      briefWeb: web,
      briefEmail: email,
      copyWeb: web,
      copyEmail: email,
    });
  });
});

describe('PII: copy (listing copy), links (parameter values) and detectPii agree', () => {
  it.each<[string, string[]]>([
    ['jane.doe@example.co.uk', ['email']],
    ['help@shop.example.com', ['email']],
    ['+49 151 12345678', ['phone']],
    ['(555) 123-4567', ['phone']],
    ['555.123.4567', ['phone']],
    ['spring-sale-2026', []],
    ['120210000123456789', []],
    ['2024-01-15', []],
    ['@brand', []],
  ])('%s → %j', (text, expected) => {
    expect({
      detected: detectPii(text).map((h) => h.kind),
      copy: copyPii(text),
      links: linksPii(text),
    }).toEqual({ detected: expected, copy: expected, links: expected });
  });
});
