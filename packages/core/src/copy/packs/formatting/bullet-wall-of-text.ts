/** copy/formatting/bullet-wall-of-text: Bullets and key features longer than 45 words. */

import { copyOccurrenceRule } from '../../rule-kinds/occurrence.js';

export const copyFormattingBulletWallOfTextRule = copyOccurrenceRule({
  id: 'copy/formatting/bullet-wall-of-text',
  category: 'formatting',
  severity: 'warning',
  count: 'words',
  max: 45,
  placements: ['amazon.bullet', 'walmart.key-feature'],
  message: 'This bullet has {value} words; keep bullets under {limit} words so they scan (one benefit each).',
});
