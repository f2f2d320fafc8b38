/** Public zod schemas of the funnel module, for JSON Schema export. */
import { FunnelCatalogExtensionSchema } from './catalog.js';
import { PortfolioAssetSchema } from './portfolio-stats.js';

export const funnelSchemas = {
  FunnelCatalogExtension: FunnelCatalogExtensionSchema,
  PortfolioAsset: PortfolioAssetSchema,
} as const;
