/** Readability pack: overlong sentences and Flesch reading ease (English) for long-form placements. */
import { defineRulePack } from '../../../engine/index.js';
import { type CopyContext, copyExampleContext } from '../../context.js';
import { copyReadabilityRule } from '../../rule-kinds/readability.js';

const longForm = (p: { form: string }) => p.form === 'long';

const sentenceLength = copyReadabilityRule({
  id: 'copy/readability/sentence-length',
  category: 'readability',
  severity: 'warning',
  metric: 'sentence-length',
  max: 30,
  placements: longForm,
  meta: {
    summary: 'Sentences longer than 30 words in long-form copy (descriptions, bullets, primary text).',
    rationale: 'Shoppers scan; long sentences hide the benefit and are the main driver of low reading-ease scores.',
    source: 'Yoast readability (sentence length); Vale `occurrence` on sentence scope.',
    examples: {
      valid: [{ input: 'Brews a full pot in six minutes. The carafe keeps it hot for two hours.' }],
      invalid: [
        {
          input:
            'This coffee maker, which we designed over two years with baristas and home cooks who told us what they wanted, brews a full pot in six minutes and keeps it hot for two hours without burning it.',
        },
      ],
    },
  },
});

const flesch = copyReadabilityRule({
  id: 'copy/readability/flesch-reading-ease',
  category: 'readability',
  severity: 'info',
  metric: 'flesch-reading-ease',
  min: 30,
  minWords: 100,
  placements: longForm,
  meta: {
    summary: 'Flesch reading ease below 30 for English copy of 100 words or more.',
    rationale: 'Below 30 is "very difficult" (graduate level); product copy should be easy to scan.',
    source: 'Flesch (1948) reading ease formula; Vale `readability`; Yoast readability analysis.',
    examples: {
      valid: [
        {
          input:
            'This mug keeps tea hot. It has two walls of steel. The lid snaps on and does not leak. You can put it in the dishwasher. It fits most cup holders. The handle is wide, so it is easy to hold. It comes in five colors. Each one is made to last. We test every lid for leaks. If it leaks, we will send you a new one. It holds twelve ounces. That is enough for a long walk or a short drive. Take it to work, to the park, or on a trip. It is light and strong.',
        },
      ],
      invalid: [
        {
          input:
            'Incorporating proprietary thermodynamically optimized vacuum-insulation architecture, this multifunctional beverage-containment apparatus demonstrates exceptional temperature-retention characteristics, substantially outperforming conventional single-walled alternatives regarding thermal conductivity minimization, condensation prevention, and ergonomic manipulability, while simultaneously accommodating standardized automotive receptacle dimensions and institutional dishwashing sanitization protocols, notwithstanding considerable manufacturing complexity associated with hermetically sealed laser-welded stainless-steel construction methodologies. Additionally, comprehensive polymerization-resistant gasket formulations guarantee extraordinarily dependable leakage-prevention performance throughout extended operational lifecycles, facilitating uninterrupted professional, recreational, educational, and transportation-oriented utilization scenarios characterized by unpredictable environmental circumstances, demanding occupational responsibilities, and sophisticated consumer expectations regarding durability, aesthetics, sustainability, maintainability, and overall experiential satisfaction.',
        },
      ],
    },
  },
});

export const copyReadabilityRulePack = defineRulePack<CopyContext>({
  id: 'copy/readability',
  title: 'Copy: readability',
  description: 'Sentence length and Flesch reading ease (English only) for long-form placements.',
  rules: [sentenceLength, flesch],
  exampleContext: copyExampleContext,
});
