// checkBrief throughput on a realistic brief (target ≥ 50,000/s on one core), against BriefSchema.safeParse alone.
import { bench, describe } from 'vitest';
import { SAMPLE_BRIEF } from '../src/brief/fixtures.js';
import { BriefSchema, checkBrief } from '../src/brief/index.js';
import { BRIEF_EXAMPLE_NOW } from '../src/brief/pack.js';

const now = BRIEF_EXAMPLE_NOW;
const vague = {
  ...SAMPLE_BRIEF,
  audience: 'Everyone',
  visualDirection: 'Clean, modern, make it pop',
  keyMessage: 'TBD',
  requiredClaims: [{ text: 'Clinically proven, eco-friendly formula' }],
  deadline: '2026-02-01',
};
const strict = { extends: 'strict' };

describe('brief', () => {
  bench('baseline: BriefSchema.safeParse (realistic brief)', () => {
    BriefSchema.safeParse(SAMPLE_BRIEF);
  });
  bench('checkBrief (realistic brief, no findings)', () => {
    checkBrief(SAMPLE_BRIEF, { now });
  });
  bench('checkBrief (vague brief, 5 findings)', () => {
    checkBrief(vague, { now });
  });
  bench('checkBrief (strict preset, config reused)', () => {
    checkBrief(SAMPLE_BRIEF, { now, config: strict });
  });
});
