/** Core schemas the settings embed (brand copy config, campaign policy, placements), re-exported in one place. */
export { type CopyConfig, CopyConfigSchema, type PlacementId, PlacementIdSchema } from '@revloop/core/copy';
export { type CampaignPolicy, CampaignPolicySchema, defaultCampaignPolicy } from '@revloop/core/links';

/** An empty brand profile: every copy check runs with its defaults until the team fills this in. */
export const defaultCopyConfig = {};
