/** Placeholders pack: the documented placeholder rules (runtime rule + its meta file) for docs, config and meta-tests. */
import { defineRulePack, withRuleMeta } from '../../../engine/rule.js';
import { type CopyContext, copyExampleContext } from '../../context.js';
import { copyPlaceholdersAsinRule } from './asin.js';
import { copyPlaceholdersAsinMeta } from './asin.meta.js';
import { copyPlaceholdersLoremIpsumRule } from './lorem-ipsum.js';
import { copyPlaceholdersLoremIpsumMeta } from './lorem-ipsum.meta.js';
import { copyPlaceholdersPendingPhraseRule } from './pending-phrase.js';
import { copyPlaceholdersPendingPhraseMeta } from './pending-phrase.meta.js';
import { copyPlaceholdersTemplateMarkerRule } from './template-marker.js';
import { copyPlaceholdersTemplateMarkerMeta } from './template-marker.meta.js';
import { copyPlaceholdersTodoMarkerRule } from './todo-marker.js';
import { copyPlaceholdersTodoMarkerMeta } from './todo-marker.meta.js';

// Pure calls: a bundle that only runs the rules (see `copyPlaceholdersRuntimeRules`) drops the docs.
export const copyPlaceholdersRulePack = /* @__PURE__ */ defineRulePack<CopyContext>({
  id: 'copy/placeholders',
  title: 'Copy: placeholders',
  description:
    'Unfilled merge tags and template slots, lorem ipsum, TBD/TODO/N/A markers (as `detectPlaceholders` finds them; merge tags pass in e-mail and SMS, where the sender fills them) and ASIN-like tokens.',
  rules: [
    /* @__PURE__ */ withRuleMeta(copyPlaceholdersTemplateMarkerRule, copyPlaceholdersTemplateMarkerMeta),
    /* @__PURE__ */ withRuleMeta(copyPlaceholdersLoremIpsumRule, copyPlaceholdersLoremIpsumMeta),
    /* @__PURE__ */ withRuleMeta(copyPlaceholdersTodoMarkerRule, copyPlaceholdersTodoMarkerMeta),
    /* @__PURE__ */ withRuleMeta(copyPlaceholdersPendingPhraseRule, copyPlaceholdersPendingPhraseMeta),
    /* @__PURE__ */ withRuleMeta(copyPlaceholdersAsinRule, copyPlaceholdersAsinMeta),
  ],
  exampleContext: copyExampleContext,
});
