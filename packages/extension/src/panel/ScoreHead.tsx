/** Score ring coloured by band, with the listing title and site. */
import { scoreBand } from '@revloop/core/engine';
import type { Thresholds } from '../settings/schema.js';

export function ScoreRing({ score, thresholds }: { score: number; thresholds?: Thresholds }) {
  const band = scoreBand(score, thresholds);
  return (
    <div class={`score-ring band-${band}`} style={{ '--p': score }} data-score={score} data-band={band}>
      <span>{score}</span>
    </div>
  );
}
