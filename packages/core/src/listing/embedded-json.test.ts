// Tests for sliceJsonValue: one balanced JSON value cut out of script text, bounded and without regex.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sliceJsonValue } from './embedded-json.js';

describe('sliceJsonValue', () => {
  it('cuts one balanced value, ignoring brackets inside strings', () => {
    const text = `var d = {'colorImages': { 'initial': [{"u":"a]b","v":[1,2]}, {"w":"\\"]"}] }, 'x': 1};`;
    const at = text.indexOf("'initial'") + 9;
    expect(JSON.parse(sliceJsonValue(text, at) ?? '')).toEqual([{ u: 'a]b', v: [1, 2] }, { w: '"]' }]);
  });

  it('returns null for unterminated or missing values', () => {
    expect(sliceJsonValue('x = [1, 2', 0)).toBeNull();
    expect(sliceJsonValue('no json here', 0)).toBeNull();
  });

  it('round-trips any JSON value embedded in script text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.stringify({ v: value });
        expect(JSON.parse(sliceJsonValue(`var x = ${json};`, 0) ?? 'null')).toEqual(JSON.parse(json));
      }),
    );
  });
});
