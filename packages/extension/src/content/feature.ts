/** Content feature contract: one declarative unit per site adapter or feature, run by the content script. */
import type { ExtensionSettings } from '../settings/schema.js';

export interface FeatureContext {
  url: URL;
  document: Document;
  settings: ExtensionSettings;
  /** Aborted on navigation, extension update or when the user disables the feature: clean up everything. */
  signal: AbortSignal;
}

export interface ContentFeature {
  /** Kebab-case id, also the file name. */
  id: string;
  /** Cheap check (URL match plus a few selectors, never a whole-document scan): should this page run the feature? */
  include(ctx: Omit<FeatureContext, 'signal'>): boolean;
  /** Starts the feature; return false when it found nothing to do. */
  init(ctx: FeatureContext): boolean | undefined | Promise<boolean | undefined>;
}

/** Identity helper that keeps feature objects typed. */
export function defineContentFeature(feature: ContentFeature): ContentFeature {
  return feature;
}
