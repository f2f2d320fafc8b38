/** brief/stage-mismatch: the funnel stage is one the content type does not serve. */
import { defineRule } from '../../engine/rule.js';
import type { BriefContext } from '../context.js';

export const stageMismatch = defineRule<BriefContext>({
  id: 'brief/stage-mismatch',
  category: 'consistency',
  severity: 'warning',
  meta: {
    summary: 'Flags a funnelStage the content type does not serve (a PDP briefed as discovery content).',
    rationale:
      'The stage decides the message, the KPI and where the asset is shown; a content type used outside its stage usually means the brief is really asking for a different asset.',
    source:
      'Seed article, stage table (content types per funnel stage). Sources: https://two-octobers.notion.site/The-Funnel-Stage-Terms-e34190165cee4f1382e815b483b4e328.',
    examples: {
      valid: [
        { input: { contentType: 'pdp', funnelStage: 'decision' } },
        { input: { contentType: 'video-ad', funnelStage: 'evaluation' }, note: 'ads serve several stages' },
      ],
      invalid: [{ input: { contentType: 'pdp', funnelStage: 'discovery' } }],
    },
  },
  applies: (ctx) => ctx.contentType !== undefined && ctx.brief.funnelStage !== undefined,
  check: (ctx) => {
    const type = ctx.contentType!;
    const stage = ctx.brief.funnelStage!;
    if (type.stages.includes(stage)) return [];
    return [
      {
        field: 'funnelStage',
        message: `A ${type.label.toLowerCase()} serves ${type.stages.join(', ')}, not ${stage}; change the stage or the content type.`,
        evidence: { text: stage, limit: type.stages.join(', ') },
      },
    ];
  },
});
