/** Length pack: hard and soft limits, visible truncation and SMS encoding, counted the way each platform counts. */
import { defineRule, defineRulePack } from '../../../engine/index.js';
import { type CopyContext, copyExampleContext, copyMemo } from '../../context.js';
import { type CopyLengthMeasurement, measureCopyLength } from '../../measure.js';

/** The measurement for this context, computed once and shared with the report. */
export function copyLength(ctx: CopyContext): CopyLengthMeasurement {
  return copyMemo(ctx, 'length', () => measureCopyLength(ctx.text, ctx.placement, ctx.locale));
}

const unitName = (m: CopyLengthMeasurement) =>
  m.unit === 'chars' ? (m.wideCountsDouble ? 'characters (wide count 2)' : 'characters') : m.unit;

const hardLimit = defineRule<CopyContext>({
  id: 'copy/length/hard-limit',
  category: 'length',
  severity: 'error',
  meta: {
    summary: "Text is longer than the placement's hard limit, counted in the platform's unit.",
    rationale:
      'Over the hard limit a platform rejects the ad, suppresses the listing or ignores the field (Amazon search terms over 249 bytes are dropped).',
    source:
      'Placement catalog: Amazon Seller Central 200390640 / G23501, Google Ads RSA specs, TikTok ad specs, Twilio SMS.',
    examples: {
      valid: [{ input: { text: 'Stainless Steel Water Bottle', placement: 'google-ads.headline' } }],
      invalid: [
        {
          input: { text: 'Insulated Stainless Steel Water Bottle 32 oz', placement: 'google-ads.headline' },
          note: '44 characters against a 30-character headline limit.',
        },
      ],
    },
  },
  applies: (ctx) => ctx.placement.hardLimit !== undefined,
  check(ctx) {
    const m = copyLength(ctx);
    if (m.hardLimit === undefined || m.value <= m.hardLimit) return [];
    return [
      {
        message: `${ctx.placement.label} is ${m.value} ${unitName(m)}; the limit is ${m.hardLimit}. Cut the underlined part.`,
        range: [m.hardLimitAt ?? 0, ctx.text.length],
        evidence: { value: m.value, limit: m.hardLimit, unit: m.unit },
      },
    ];
  },
});

const softLimit = defineRule<CopyContext>({
  id: 'copy/length/soft-limit',
  category: 'length',
  severity: 'warning',
  meta: {
    summary: "Text is longer than the placement's recommended length.",
    rationale:
      'Past the recommendation the text still ships but is cut in feeds or performs worse: Meta shows about 125 characters of primary text, Amazon recommends titles under 80.',
    source:
      'Placement catalog: Amazon YTR6SYGFA5E3EQC, Meta ad specs, e-mail subject guidance (Litmus, Mailchimp), SMS segment pricing.',
    examples: {
      valid: [{ input: { text: 'Cold brew, ready in 12 hours.', placement: 'meta.headline' } }],
      invalid: [
        {
          input: { text: 'Cold brew concentrate that stays smooth for two full weeks', placement: 'meta.headline' },
          note: '58 characters; Meta recommends 40 for headlines.',
        },
      ],
    },
  },
  applies: (ctx) => ctx.placement.softLimit !== undefined,
  check(ctx) {
    const m = copyLength(ctx);
    if (m.softLimit === undefined || m.value <= m.softLimit) return [];
    if (m.hardLimit !== undefined && m.value > m.hardLimit) return [];
    return [
      {
        message: `${ctx.placement.label} is ${m.value} ${unitName(m)}; ${m.softLimit} or fewer is recommended.`,
        range: [m.softLimitAt ?? 0, ctx.text.length],
        evidence: { value: m.value, limit: m.softLimit, unit: m.unit },
      },
    ];
  },
});

const truncation = defineRule<CopyContext>({
  id: 'copy/length/truncation',
  category: 'length',
  severity: 'info',
  meta: {
    summary:
      'Marks the part of the text a surface cuts off (e.g. after about 80 characters of an Amazon title on mobile).',
    rationale: 'Shoppers only see the visible part, so the product type and the key benefit must come before the cut.',
    source:
      'Amazon mobile search shows ~80 title characters (third-party); Meta Feed ~27 headline characters; Pinterest shows 40.',
    examples: {
      valid: [{ input: { text: 'Trail Running Shoes for Men, Waterproof', placement: 'amazon.title' } }],
      invalid: [
        {
          input: {
            text: 'Trail Running Shoes for Men, Waterproof Breathable Mesh Upper, Rock Plate, Vibram Outsole, Size 10',
            placement: 'amazon.title',
          },
          note: 'Everything after character 80 is hidden on mobile.',
        },
      ],
    },
  },
  applies: (ctx) => ctx.placement.truncateAt !== undefined,
  check(ctx) {
    const m = copyLength(ctx);
    if (m.truncatedAt === undefined || m.truncateAt === undefined) return [];
    return [
      {
        message: `Only the first ${m.truncateAt} ${unitName(m)} show on ${ctx.placement.label}; put the key words before the cut.`,
        range: [m.truncatedAt, ctx.text.length],
        evidence: { value: m.value, limit: m.truncateAt, unit: m.unit },
      },
    ];
  },
});

const smsEncoding = defineRule<CopyContext>({
  id: 'copy/length/sms-encoding',
  category: 'length',
  severity: 'info',
  meta: {
    summary: 'Points at the first character that switches an SMS from GSM-7 to UCS-2.',
    rationale:
      'One emoji or curly quote cuts each segment from 160 to 70 characters, which can double the cost of a send.',
    source: 'Braze SMS segments; LOX24 encoding; Twilio.',
    examples: {
      valid: [{ input: { text: 'ACME: your order shipped. Track it at acme.co/t', placement: 'sms.message' } }],
      invalid: [{ input: { text: 'ACME: your order shipped 🎉', placement: 'sms.message' } }],
    },
  },
  applies: (ctx) => ctx.placement.unit === 'segments',
  check(ctx) {
    const m = copyLength(ctx);
    if (m.firstNonGsm === undefined) return [];
    const start = m.firstNonGsm;
    const code = ctx.text.charCodeAt(start);
    const end = code >= 0xd800 && code <= 0xdbff && start + 1 < ctx.text.length ? start + 2 : start + 1;
    return [
      {
        message: `"${ctx.text.slice(start, end)}" is not in the GSM-7 alphabet, so the whole message is sent as UCS-2 (70 characters per segment).`,
        range: [start, end],
        evidence: { text: ctx.text.slice(start, end), value: m.value, unit: 'segments' },
      },
    ];
  },
});

const empty = defineRule<CopyContext>({
  id: 'copy/length/empty',
  category: 'length',
  severity: 'warning',
  meta: {
    summary: 'The field is empty or only whitespace.',
    rationale: 'An empty field ships as a blank or falls back to something the team did not write.',
    source: 'revloop: every placement needs copy.',
    examples: {
      valid: [{ input: { text: 'Summer sale starts Friday', placement: 'email.subject' } }],
      invalid: [{ input: { text: '   ', placement: 'email.subject' } }],
    },
  },
  applies: (ctx) => ctx.placement.id !== 'generic',
  check(ctx) {
    if (ctx.text.trim().length > 0) return [];
    return [{ message: `${ctx.placement.label} is empty.`, range: [0, ctx.text.length] }];
  },
});

export const copyLengthRulePack = defineRulePack<CopyContext>({
  id: 'copy/length',
  title: 'Copy: length',
  description:
    "Limits per placement in the platform's own unit: grapheme clusters, UTF-8 bytes (Amazon search terms), wide characters as 2 (Google Ads, TikTok) or SMS segments.",
  rules: [hardLimit, softLimit, truncation, smsEncoding, empty],
  exampleContext: copyExampleContext,
});
