/** listing/amazon/bullet-characters: no emoji or banned symbols (™ ® © € … † ‡ ¢ £ ¥ ± ~) in bullets. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

const BANNED = /[™®©€…†‡¢£¥±~]|\p{Extended_Pictographic}/gu;

export const amazonBulletCharacters = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/amazon/bullet-characters',
  aliases: ['amazon/bullet-characters'],
  category: 'policy',
  severity: 'error',
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
