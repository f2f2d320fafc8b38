/** Public zod schemas of the links module, for JSON Schema export (`docs/schemas/*.json`). */
import { CampaignParamsSchema } from './params.js';
import { CampaignPolicySchema } from './policy.js';

export const linksSchemas = { CampaignPolicy: CampaignPolicySchema, CampaignParams: CampaignParamsSchema } as const;
