/** amazon/bullet-characters: no emoji or banned symbols (™ ® © € … † ‡ ¢ £ ¥ ± ~) in bullets. */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

const BANNED = /[™®©€…†‡¢£¥±~]|\p{Extended_Pictographic}/gu;

export const amazonBulletCharacters = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'amazon/bullet-characters',
  category: 'policy',
  severity: 'error',
  meta: {
    summary: 'Bullets contain no emoji and none of ™ ® © € … † ‡ ¢ £ ¥ ± ~.',
    rationale: 'Since 15 August 2024 Amazon may edit or remove bullets that contain these characters.',
    source: '[3P] goatconsulting and shipaim summaries of the August 2024 bullet-point policy.',
    examples: {
      valid: [{ input: { bullets: ['Keeps drinks cold for 24 hours.'] } }],
      invalid: [{ input: { bullets: ['Keeps drinks cold ❄️ for 24 hours™'] } }],
    },
  },
  check: ({ listing }) =>
    listing.bullets.flatMap((bullet, i) =>
      [...bullet.matchAll(BANNED)].map((m) =>
        withTarget(listing, `bullets.${i}`, {
          message: `Bullet ${i + 1} contains "${m[0]}", which Amazon does not allow in bullets.`,
          range: [m.index, m.index + m[0].length] as [number, number],
          evidence: { text: m[0] },
        }),
      ),
    ),
});
