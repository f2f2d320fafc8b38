/** Category sub-scores as labelled bars. */
import { scoreBand } from '@revloop/core/engine';

const LABELS: Record<string, string> = {
  title: 'Title',
  bullets: 'Bullets',
  media: 'Media',
  description: 'Description',
  'social-proof': 'Social proof',
  'structured-data': 'Structured data',
  policy: 'Policy',
  coverage: 'Coverage',
};

/** What a category measures, shown on hover where the label alone is not obvious. */
const HINTS: Record<string, string> = {
  coverage: 'Essential facts present (title, price, images, description, …)',
};

export function Categories({ categories }: { categories: Record<string, number> }) {
  return (
    <div class="cats" data-testid="categories">
      {Object.entries(categories).map(([id, score]) => (
        <>
          <span key={`${id}-l`} title={HINTS[id]}>
            {LABELS[id] ?? id}
          </span>
          <span key={`${id}-b`} class={`bar band-${scoreBand(score)}`}>
            <i style={{ width: `${score}%` }} />
          </span>
          <b key={`${id}-s`} data-category={id}>
            {score}
          </b>
        </>
      ))}
    </div>
  );
}
