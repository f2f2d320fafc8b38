/** Docs for copy/readability/flesch-reading-ease (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyReadabilityFleschReadingEaseMeta: RuleMeta = {
  summary: 'Flesch reading ease below 30 for English copy of 100 words or more.',
  rationale: 'Below 30 is "very difficult" (graduate level); product copy should be easy to scan.',
  source:
    'https://en.wikipedia.org/wiki/Flesch%E2%80%93Kincaid_readability_tests (Flesch 1948); https://vale.sh/docs/ (`readability`); https://github.com/Yoast/wordpress-seo (yoastseo readability).',
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
};
