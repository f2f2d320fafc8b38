/** Docs for copy/claims/environmental (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyClaimsEnvironmentalMeta: RuleMeta = {
  summary:
    'Environmental claims graded by the FTC Green Guides: general benefit ("eco-friendly", "sustainable", "go green"), carbon or climate neutral and net zero, compostable, biodegradable, free-of ("PFAS-free", "plastic-free"), non-toxic, ozone-friendly, recyclable and recycled content. Each finding has the reason and a compliant rewrite.',
  rationale:
    'General benefit claims cannot be substantiated in all their meanings (16 CFR 260.4) and are banned as generic claims in the EU from 27 Sep 2026, as are neutrality claims based on offsets (Directive (EU) 2024/825). Other claims are lawful once qualified: recyclable where facilities reach at least 60% of buyers (260.12), compostable at home or with facility availability disclosed (260.7), degradable with where and how fast (260.8), recycled content with its share (260.13). A qualification in the same sentence lowers the severity or clears the claim, and a negation ("not recyclable") clears it.',
  source:
    'FTC Green Guides, 16 CFR Part 260 (260.4 general, 260.5 offsets, 260.7 compostable, 260.8 degradable, 260.9 free-of, 260.10 non-toxic, 260.11 ozone, 260.12 recyclable, 260.13 recycled content); Directive (EU) 2024/825 (empowering consumers for the green transition). Sources: https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-260 ; https://www.ftc.gov/legal-library/browse/rules/guides-use-environmental-marketing-claims-green-guides ; https://eur-lex.europa.eu/eli/dir/2024/825/oj.',
  examples: {
    valid: [
      { input: 'Made with 80% post-consumer recycled plastic.' },
      {
        input: 'Recyclable; recycling facilities may not exist in your area.',
        note: 'qualified as 260.12(b)(2) suggests',
      },
      { input: 'The pouch is not recyclable.', note: 'a negation is not a claim' },
      { input: 'A green jacket for spring.', note: 'the colour, not a claim' },
    ],
    invalid: [
      { input: 'An eco-friendly yoga mat.' },
      { input: 'Carbon neutral shipping on every order' },
      { input: '100% biodegradable bags', note: '"100%" is part of the claim, not its qualification' },
      { input: 'Compostable cups', note: 'a warning: lawful only if it composts at home' },
    ],
  },
};
