/** copy/readability/sentence-length: Sentences longer than 30 words in long-form copy (descriptions, bullets, primary text). */

import { copyReadabilityRule } from '../../rule-kinds/readability.js';
import { longForm } from './shared.js';

export const copyReadabilitySentenceLengthRule = copyReadabilityRule({
  id: 'copy/readability/sentence-length',
  category: 'readability',
  severity: 'warning',
  metric: 'sentence-length',
  max: 30,
  placements: longForm,
});
