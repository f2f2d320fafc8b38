/** Placeholders pack: unfilled merge tags and template slots, lorem ipsum, TBD/TODO/N/A and ASINs in customer-facing copy. */
import { defineRule, defineRulePack, type RuleFinding } from '../../../engine/index.js';
import { type CopyContext, copyExampleContext } from '../../context.js';
import { copyExistenceRule } from '../../rule-kinds/existence.js';
import { COPY_PATTERNS, scanCopy, scanCopyPlaceholders } from '../../scanners.js';

const templateMarker = defineRule<CopyContext>({
  id: 'copy/placeholders/template-marker',
  category: 'placeholders',
  severity: 'error',
  meta: {
    summary:
      'Unfilled template markers and merge tags: [Product Name], {{first_name}}, *|FNAME|*, %%…%%, <insert …>, XX%.',
    rationale:
      'A merge tag or slot that reaches customers shows the copy was never finished and breaks trust at a glance.',
    source:
      'Mailchimp (*|MERGE|*), Handlebars/Liquid ({{ }}), Salesforce/ExactTarget (%%…%%) conventions; Amazon placeholder-text policy.',
    examples: {
      valid: [{ input: 'Hi Sam, your order shipped.' }, { input: 'Includes [2] replacement filters.' }],
      invalid: [
        { input: 'Meet [Product Name], the kettle for busy mornings.' },
        { input: 'Hi {{first_name}}, save XX% today.' },
      ],
    },
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const s of [...scanCopyPlaceholders(ctx.text), ...scanCopy(ctx.text, COPY_PATTERNS.filler)]) {
      out.push({
        message: `"${s.text}" is an unfilled placeholder; replace it with the real value.`,
        range: [s.start, s.end],
        evidence: { text: s.text },
      });
    }
    return out;
  },
});

const lorem = defineRule<CopyContext>({
  id: 'copy/placeholders/lorem-ipsum',
  category: 'placeholders',
  severity: 'error',
  meta: {
    summary: 'Lorem ipsum filler text.',
    rationale: 'Dummy text in live copy is an obvious defect.',
    source: 'revloop: unfinished copy.',
    examples: {
      valid: [{ input: 'Linen blend, relaxed fit.' }],
      invalid: [{ input: 'Lorem ipsum dolor sit amet, consectetur.' }],
    },
  },
  check(ctx) {
    return scanCopy(ctx.text, COPY_PATTERNS.lorem).map((s) => ({
      message: `"${s.text}" is filler text; write the real copy.`,
      range: [s.start, s.end] as [number, number],
      evidence: { text: s.text },
    }));
  },
});

const todoMarkers = copyExistenceRule({
  id: 'copy/placeholders/todo-marker',
  category: 'placeholders',
  severity: 'error',
  caseSensitive: true,
  plurals: false,
  tokens: ['TBD', 'TBC', 'TODO', 'FIXME', 'NA', 'COPY PENDING', 'PLACEHOLDER'],
  message: '"{match}" is a to-do or not-applicable marker; fill in the real content or remove the line.',
  meta: {
    summary: 'TBD, TODO, TBC, FIXME and NA written in capitals and left in copy.',
    rationale:
      'Amazon treats "NA", "n/a", "TBD" and "COPY PENDING" in bullets as placeholder text and can remove the content.',
    source: 'Amazon Product Detail Page Rules (placeholder text), as summarised by goatconsulting.',
    examples: {
      valid: [{ input: 'Sodium 140 mg per serving.' }],
      invalid: [{ input: 'Warranty: TBD' }, { input: 'Material: NA' }],
    },
  },
});

const todoPhrases = copyExistenceRule({
  id: 'copy/placeholders/pending-phrase',
  category: 'placeholders',
  severity: 'error',
  plurals: false,
  tokens: [
    'n/a',
    'to be decided',
    'to be determined',
    'to be confirmed',
    'copy pending',
    'not applicable',
    'insert here',
    'text here',
  ],
  message: '"{match}" is placeholder wording; replace it with the real content.',
  meta: {
    summary: 'Placeholder wording in any case: "n/a", "to be determined", "copy pending", "not applicable".',
    rationale: 'Marketplaces treat these as placeholder text; customers read them as an unfinished listing.',
    source: 'Amazon Product Detail Page Rules (placeholder text), as summarised by goatconsulting.',
    examples: {
      valid: [{ input: 'Ships in two business days.' }],
      invalid: [{ input: 'Release date to be determined.' }, { input: 'Material: N/A' }],
    },
  },
});

const asin = defineRule<CopyContext>({
  id: 'copy/placeholders/asin',
  category: 'placeholders',
  severity: 'error',
  meta: {
    summary: 'ASIN-like identifiers (B0 followed by eight letters or digits) in customer-facing copy.',
    rationale: 'ASINs in copy are usually a template leftover, and Amazon bans them in bullets and search terms.',
    source: 'Amazon placeholder-text policy (goatconsulting); Seller Central G23501 (no ASINs in search terms).',
    examples: {
      valid: [{ input: 'Model B-200 with a 2-year warranty.' }],
      invalid: [{ input: 'Pairs with B07XJ8C8F5 for a full set.' }],
    },
  },
  check(ctx) {
    return scanCopy(ctx.text, COPY_PATTERNS.asin).map((s) => ({
      message: `"${s.text}" looks like an ASIN; refer to the product by name instead.`,
      range: [s.start, s.end] as [number, number],
      evidence: { text: s.text },
    }));
  },
});

export const copyPlaceholdersRulePack = defineRulePack<CopyContext>({
  id: 'copy/placeholders',
  title: 'Copy: placeholders',
  description: 'Unfilled merge tags and template slots, lorem ipsum, TBD/TODO/N/A markers and ASIN-like tokens.',
  rules: [templateMarker, lorem, todoMarkers, todoPhrases, asin],
  exampleContext: copyExampleContext,
});
