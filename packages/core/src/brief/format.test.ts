// Tests for formatBrief: every Markdown section, escaping, absent fields, the appended check and bad options.
import { describe, expect, it } from 'vitest';
import { invalidInputTable } from '../engine/invalid-input-table.js';
import { checkBrief } from './check.js';
import { SAMPLE_BRIEF } from './fixtures.js';
import { formatBrief } from './format.js';
import { BRIEF_EXAMPLE_NOW } from './pack.js';

describe('formatBrief', () => {
  it('renders every section of a brief as Markdown', () => {
    const md = formatBrief(SAMPLE_BRIEF);
    expect(md.split('\n').slice(0, 12)).toEqual([
      '# How to choose your first trail running shoes',
      '',
      '| Field | Value |',
      '|---|---|',
      '| Content type | Blog post (`blog-post`) |',
      '| Funnel stage | Discovery |',
      '| Owner | Priya Natarajan |',
      '| Approver | Tom Okafor |',
      '| Deadline | 2026-03-20 |',
      '| Budget | 1800 GBP |',
      '| Channels | organic search |',
      '',
    ]);
    for (const heading of [
      '## Audience',
      '## Message',
      '## Format',
      '## Visual direction',
      '## Required claims',
      '## Business goal',
      '## Mandatories',
    ]) {
      expect(md).toContain(`\n${heading}\n`);
    }
    expect(md).toContain('- **KPI:** Impressions (`impressions`)');
    expect(md).toContain('- **Target:** 60000 (baseline 18000)');
    expect(md).toContain(
      '1. Dries 2x faster than cotton — substantiation: Internal drying test DT-2025-11, ASTM D8269, 5 samples each',
    );
    expect(md.endsWith('\n')).toBe(true);
  });

  it('escapes Markdown in values so a field cannot break the table or add headings', () => {
    const md = formatBrief({
      ...SAMPLE_BRIEF,
      owner: 'A | B',
      title: '# Sale *now*',
      notes: '- not a list\nsecond line',
    });
    expect(md).toContain('| Owner | A \\| B |');
    expect(md.startsWith('# \\# Sale \\*now\\*\n')).toBe(true);
    expect(md).toContain('\\- not a list second line');
  });

  it('marks absent fields and shows percent units', () => {
    const md = formatBrief({
      title: 'Promo',
      requiredClaims: [],
      businessGoal: { metric: 'conversion-rate', target: 4 },
    });
    expect(md).toContain('| Owner | _not set_ |');
    expect(md).toContain('None needed.');
    expect(md).toContain('- **Target:** 4%');
    expect(formatBrief(null).startsWith('# Untitled brief\n')).toBe(true);
  });

  it('shows the format as read: an inferred kind, marketers’ spec keys and duration strings', () => {
    const md = formatBrief({ ...SAMPLE_BRIEF, format: { words: '1,200', images: 4, pages: 2, duration: '0:45' } });
    expect(md).toContain(
      [
        '- **Kind:** article _(inferred from the content type)_',
        '- **Duration:** 45 s',
        '- **Words:** 1200',
        '- **Images:** 4',
        '- **Pages:** 2',
      ].join('\n'),
    );
    expect(formatBrief(SAMPLE_BRIEF)).toContain('- **Kind:** article\n');
  });

  it('appends the check results when given a report', () => {
    const brief = { ...SAMPLE_BRIEF, audience: 'Everyone' };
    const md = formatBrief(brief, { report: checkBrief(brief, { now: BRIEF_EXAMPLE_NOW }) });
    expect(md).toContain('## Brief check\n\n**Score 90/100 · needs-work**\n');
    expect(md).toContain('- **warning** `audience`: The audience "Everyone" is a generic group;');
  });
});

describe('formatBrief: bad options', () => {
  it('treats null options (and null fields) as the defaults', () => {
    expect(formatBrief(SAMPLE_BRIEF, null as never)).toBe(formatBrief(SAMPLE_BRIEF));
    expect(formatBrief(SAMPLE_BRIEF, { catalog: null, report: null } as never)).toBe(formatBrief(SAMPLE_BRIEF));
  });

  const report = checkBrief(SAMPLE_BRIEF, { now: BRIEF_EXAMPLE_NOW });
  invalidInputTable('brief', [
    ['options as a number', () => formatBrief(SAMPLE_BRIEF, 3 as never), 'options'],
    ['a catalog that is not one', () => formatBrief(SAMPLE_BRIEF, { catalog: 'default' as never }), 'options.catalog'],
    ['a report that is a string', () => formatBrief(SAMPLE_BRIEF, { report: 'ok' as never }), 'options.report'],
    [
      'a report without a score',
      () => formatBrief(SAMPLE_BRIEF, { report: { ...report, score: undefined } as never }),
      'options.report.score',
    ],
    [
      'a report without findings',
      () => formatBrief(SAMPLE_BRIEF, { report: { ...report, findings: 5 } as never }),
      'options.report.findings',
    ],
    [
      'a finding with a null-prototype message',
      () =>
        formatBrief(SAMPLE_BRIEF, {
          report: { ...report, findings: [{ ...report.findings[0], message: Object.create(null) }] } as never,
        }),
      'options.report.findings.0',
    ],
  ]);
});
