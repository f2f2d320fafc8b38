/** Helpers the copy/readability rules share (matchers, measurements), computed once per module or per lint. */

export const longForm = (p: { form: string }) => p.form === 'long';
