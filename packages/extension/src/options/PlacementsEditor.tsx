/** Editor field → copy placement mapping (e.g. Shopify product title → amazon.title or seo.title), changeable per field. */
import { PLACEMENT_IDS } from '@revloop/core/copy';
import type { PlacementId } from '../settings/schema.js';

export function PlacementsEditor(props: {
  mapping: Record<string, PlacementId>;
  onChange: (mapping: Record<string, PlacementId>) => void;
}) {
  return (
    <table data-testid="placements">
      <tbody>
        {Object.entries(props.mapping).map(([field, placement]) => (
          <tr key={field}>
            <td>
              <code>{field}</code>
            </td>
            <td>
              <select
                value={placement}
                aria-label={`Placement for ${field}`}
                onChange={(e) => props.onChange({ ...props.mapping, [field]: e.currentTarget.value as PlacementId })}
              >
                {PLACEMENT_IDS.map((id) => (
                  <option key={id} value={id}>
                    {id}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
