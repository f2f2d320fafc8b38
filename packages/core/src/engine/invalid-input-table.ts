/** Test support for entry checks: one test per bad call, pinning the `<module>/invalid-input` error and its field. */
import { expect, it } from 'vitest';
import { isRevloopError } from './errors.js';

/** A label, the call with bad input, and the field the error must name. */
export type InvalidInputRow = [label: string, call: () => unknown, field: string];

/** What `call` threw: `{ code, field }` for a RevloopError, otherwise a description (so a raw throw fails readably). */
export function thrownBy(call: () => unknown): { code: string; field: string | undefined } | string {
  try {
    call();
  } catch (error) {
    if (isRevloopError(error)) return { code: error.code, field: error.findings[0]?.field };
    return `a raw ${error instanceof Error ? `${error.name}: ${error.message}` : typeof error}`;
  }
  return 'no throw';
}

/** One test per row: the call throws a RevloopError with code `<module>/invalid-input` naming `field`. */
export function invalidInputTable(module: string, rows: readonly InvalidInputRow[]): void {
  it.each(rows)(`%s throws ${module}/invalid-input`, (_label, call, field) => {
    expect(thrownBy(call)).toEqual({ code: `${module}/invalid-input`, field });
  });
}
