import { z } from 'astro/zod';
import nl from '~/i18n/nl.json';
import { fillTemplate } from '~/i18n/template';

/**
 * Every visible UI string lives in `src/i18n/nl.json`. The schema is built from its keys so a missing or
 * empty string fails the build; scripts receive their strings through data attributes, never literals.
 */
const dictionarySchema = z.record(z.string().regex(/^[a-z][a-zA-Z0-9.-]*$/), z.string().min(1));

export const dictionary = dictionarySchema.parse(nl) as Record<keyof typeof nl, string>;
export type UIKey = keyof typeof nl;

/** Returns the Dutch string for `key`, filling `{name}` placeholders from `vars`. */
export function t(key: UIKey, vars: Record<string, string | number> = {}): string {
  return fillTemplate(dictionary[key], vars);
}
