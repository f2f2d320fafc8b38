/** Tests for the runtime copy rule list: the same rules as the documented packs, in order, without docs. */
import { describe, expect, it } from 'vitest';
import { copyRules } from './index.js';
import { copyRuntimeRules } from './runtime.js';

describe('copyRuntimeRules', () => {
  it('lists every documented rule, in pack order', () => {
    expect(copyRuntimeRules.map((r) => r.id)).toEqual(copyRules.map((r) => r.id));
  });

  it('carries no docs, so lintCopy bundles ship no examples or rationales', () => {
    expect(copyRuntimeRules.filter((r) => 'meta' in r).map((r) => r.id)).toEqual([]);
  });
});
