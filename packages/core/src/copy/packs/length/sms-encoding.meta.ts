/** Docs for copy/length/sms-encoding (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyLengthSmsEncodingMeta: RuleMeta = {
  summary: 'Points at the first character that switches an SMS from GSM-7 to UCS-2.',
  rationale:
    'One emoji or curly quote cuts each segment from 160 to 70 characters, which can double the cost of a send.',
  source:
    'https://braze.com/docs/user_guide/message_building_by_channel/sms/campaign/segments; https://doc.lox24.eu/info/encoding-and-number-of-characters/.',
  examples: {
    valid: [{ input: { text: 'ACME: your order shipped. Track it at acme.co/t', placement: 'sms.message' } }],
    invalid: [{ input: { text: 'ACME: your order shipped 🎉', placement: 'sms.message' } }],
  },
};
