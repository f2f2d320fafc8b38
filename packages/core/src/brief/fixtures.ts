/** A realistic, complete brief shared by tests and benchmarks (no findings as of 2026-03-02). */
import type { Brief } from './schema.js';

export const SAMPLE_BRIEF: Brief = {
  id: 'FW-2026-118',
  title: 'How to choose your first trail running shoes',
  contentType: 'blog-post',
  funnelStage: 'discovery',
  audience: {
    segment: 'Road runners doing 10k+ who want to start running trails this spring',
    need: 'Know which grip, cushioning and drop matter on wet, rocky paths without buying twice',
    context: 'Searching on their phone in the evening after seeing trail races on social media',
  },
  primaryKeyword: 'how to choose trail running shoes',
  keyMessage: 'Match lug depth and rock plate to the ground you actually run on.',
  format: { kind: 'article', placements: ['google.search'], languages: ['en-GB'] },
  visualDirection: {
    description:
      'Close-up photography of outsoles on wet granite and muddy forest paths, shot at dawn with natural side light',
    palette: 'Muted moss greens, slate grey, one orange accent',
    dos: ['Show real mud and wear on the shoes'],
    donts: ['No studio white backgrounds'],
    references: ['https://dam.example.com/moodboards/trail-2026'],
  },
  requiredClaims: [
    {
      text: 'Dries 2x faster than cotton',
      substantiation: 'Internal drying test DT-2025-11, ASTM D8269, 5 samples each',
    },
  ],
  businessGoal: { metric: 'impressions', target: 60000, baseline: 18000, deadline: '2026-06-30' },
  owner: 'Priya Natarajan',
  approver: 'Tom Okafor',
  deadline: '2026-03-20',
  budget: { amount: 1800, currency: 'GBP' },
  mandatories: ['Link to the comparison guide'],
  channels: ['organic search'],
};
