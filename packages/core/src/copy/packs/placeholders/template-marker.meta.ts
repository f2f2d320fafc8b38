/** Docs for copy/placeholders/template-marker (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyPlaceholdersTemplateMarkerMeta: RuleMeta = {
  summary:
    'Unfilled template markers and merge tags: [Product Name], {{first_name}}, *|FNAME|*, %%…%%, <insert …>, XX%, a bare "???"; merge tags pass in e-mail and SMS, where the sending platform fills them.',
  rationale:
    'A merge tag or slot that reaches customers shows the copy was never finished and breaks trust at a glance.',
  source:
    'Mailchimp (*|MERGE|*), Handlebars/Liquid ({{ }}), Salesforce/ExactTarget (%%…%%) conventions; Amazon placeholder-text policy. Sources: https://mailchimp.com/help/all-the-merge-tags-cheat-sheet/ ; https://goatconsulting.com/amazon-policy/amazon-product-detail-page-rules-violation-policy-compliance.',
  examples: {
    valid: [
      { input: 'Hi Sam, your order shipped.' },
      { input: 'Includes [2] replacement filters.' },
      {
        input: { text: 'Hi {{first_name}}, your order shipped', placement: 'email.subject' },
        note: 'The e-mail platform fills the merge tag at send time.',
      },
    ],
    invalid: [
      { input: 'Meet [Product Name], the kettle for busy mornings.' },
      { input: 'Hi {{first_name}}, save XX% today.' },
    ],
  },
};
