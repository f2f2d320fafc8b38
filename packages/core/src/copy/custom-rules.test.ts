/** Tests for custom rules from CopyConfig: every kind is built by the same factories as the built-in packs. */
import { describe, expect, it } from 'vitest';
import type { CopyConfig } from './config.js';
import { buildCopyCustomRule } from './custom-rules.js';
import { lintCopy } from './lint-copy.js';

describe('CopyConfig.customRules', () => {
  it('runs every kind with its id under copy/custom/ and exact ranges', () => {
    const config: CopyConfig = {
      customRules: [
        { kind: 'existence', id: 'no-competitors', tokens: ['Sunbeam'], severity: 'error', message: 'No "{match}".' },
        { kind: 'occurrence', id: 'short-subject', count: 'words', max: 3, placements: ['email.subject'] },
        { kind: 'required', id: 'cta', anyOf: ['shop now', 'learn more'] },
        { kind: 'substitution', id: 'email', swap: { 'e-mail': 'email' } },
        { kind: 'capitalization', id: 'iphone', terms: ['iPhone'] },
        { kind: 'repetition', id: 'no-repeats', max: 1, ignore: ['the'] },
        { kind: 'readability', id: 'short-sentences', metric: 'sentence-length', max: 4 },
      ],
    };
    const text = 'Better than Sunbeam for your Iphone e-mail kit kit.';
    const found = lintCopy(text, { config, placement: 'email.subject' })
      .findings.filter((f) => f.ruleId.startsWith('copy/custom/'))
      .map((f) => [f.ruleId, f.range, f.severity]);
    expect(found).toEqual([
      ['copy/custom/no-competitors', [12, 19], 'error'],
      ['copy/custom/short-sentences', [0, 51], 'warning'],
      ['copy/custom/short-subject', [20, 51], 'warning'],
      ['copy/custom/iphone', [29, 35], 'warning'],
      ['copy/custom/email', [36, 42], 'warning'],
      ['copy/custom/no-repeats', [47, 50], 'warning'],
      ['copy/custom/cta', [51, 51], 'warning'],
    ]);
  });

  it('documents a custom rule with the team config as its source', () => {
    const rule = buildCopyCustomRule({ kind: 'required', id: 'cta', anyOf: ['shop now'], message: 'Add a CTA.' });
    expect(rule.id).toBe('copy/custom/cta');
    expect(rule.meta.summary).toBe('Add a CTA.');
  });
});
