/** Dutch sorting (ignoring case and accents), e.g. for the glossary and the reference list. */
export const collator = new Intl.Collator('nl', { sensitivity: 'base' });

const long = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' });

/** "23 november 2026". */
export const longDate = (date: Date): string => long.format(date);
