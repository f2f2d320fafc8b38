/** The runtime placeholder rules (no docs), in report order: what a bundle that only lints should import. */

import { copyPlaceholdersAsinRule } from './asin.js';
import { copyPlaceholdersLoremIpsumRule } from './lorem-ipsum.js';
import { copyPlaceholdersPendingPhraseRule } from './pending-phrase.js';
import { copyPlaceholdersTemplateMarkerRule } from './template-marker.js';
import { copyPlaceholdersTodoMarkerRule } from './todo-marker.js';

export const copyPlaceholdersRuntimeRules = [
  copyPlaceholdersTemplateMarkerRule,
  copyPlaceholdersLoremIpsumRule,
  copyPlaceholdersTodoMarkerRule,
  copyPlaceholdersPendingPhraseRule,
  copyPlaceholdersAsinRule,
] as const;
