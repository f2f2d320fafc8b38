/** auditWithSettings: listing overrides reach the engine config, copy overrides the copy checks, neither reported unknown. */
import { emptyListing } from '@revloop/core/listing';
import { describe, expect, it } from 'vitest';
import { toHistoryRecord } from '../audit/history-record.js';
import { defaultSettings, type ExtensionSettings } from '../settings/schema.js';
import { auditWithSettings, buildRecord } from './audit.js';

const listing = {
  ...emptyListing('https://www.amazon.com/dp/B000000001', 'amazon'),
  title: 'The best boots ever made',
};

function settingsWith(ruleOverrides: ExtensionSettings['ruleOverrides']): ExtensionSettings {
  return { ...defaultSettings(), ruleOverrides };
}

describe('auditWithSettings', () => {
  it('reports no config problems with default settings', () => {
    expect(auditWithSettings(listing, defaultSettings()).configFindings).toEqual([]);
  });

  it('applies listing and copy overrides to their own checks, without unknown-rule findings', () => {
    const base = auditWithSettings(listing, defaultSettings());
    const ids = new Set(base.findings.map((f) => f.ruleId));
    expect(ids.has('listing/core/not-enough-content')).toBe(true);
    expect(ids.has('copy/claims/superlative')).toBe(true);
    const report = auditWithSettings(
      listing,
      settingsWith({ 'listing/core/not-enough-content': 'off', 'copy/claims/superlative': 'off' }),
    );
    const after = new Set(report.findings.map((f) => f.ruleId));
    expect(after.has('listing/core/not-enough-content')).toBe(false);
    expect(after.has('copy/claims/superlative')).toBe(false);
    expect(report.configFindings).toEqual([]);
  });

  it('lists an unknown override as a config problem, never scored', () => {
    const base = auditWithSettings(listing, defaultSettings());
    const report = auditWithSettings(listing, settingsWith({ 'listing/amazon/no-such-rule': 'off', 'nope/x': 'info' }));
    expect(report.configFindings.map((f) => f.field).sort()).toEqual([
      'rules.listing/amazon/no-such-rule',
      'rules.nope/x',
    ]);
    expect(report.score).toBe(base.score);
  });

  it('audits a walled page as unscored and never compares it with the last audit', () => {
    const wall = { kind: 'consent-wall', evidence: 'the page is a consent form' } as const;
    const last = buildRecord({ listing, site: 'amazon', extractMs: 1 }, defaultSettings(), undefined, 1);
    expect(last.report.scored).toBe(true);
    const stored = toHistoryRecord(last);
    const scored = buildRecord({ listing, site: 'amazon', extractMs: 1 }, defaultSettings(), stored, 2);
    expect(scored.previous).toMatchObject({ at: 1, score: last.report.score });
    const walled = buildRecord(
      { listing: { ...listing, wall }, site: 'amazon', extractMs: 1 },
      defaultSettings(),
      stored,
      3,
    );
    expect(walled.report).toMatchObject({ scored: false, wall, findings: [] });
    expect(walled.previous).toBeUndefined();
  });
});
