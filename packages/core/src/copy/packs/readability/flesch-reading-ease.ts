/** copy/readability/flesch-reading-ease: Flesch reading ease below 30 for English copy of 100 words or more. */

import { copyReadabilityRule } from '../../rule-kinds/readability.js';
import { longForm } from './shared.js';

export const copyReadabilityFleschReadingEaseRule = copyReadabilityRule({
  id: 'copy/readability/flesch-reading-ease',
  category: 'readability',
  severity: 'info',
  metric: 'flesch-reading-ease',
  min: 30,
  minWords: 100,
  placements: longForm,
});
