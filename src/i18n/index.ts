import { z } from 'astro/zod';
import nl from './nl.json';
import type { UIKey } from './keys';
import { fillTemplate } from './template';

export type { UIKey };

/**
 * Every visible UI string lives in `src/i18n/nl.json`. The schema is built from its keys so a missing or
 * empty string fails the build; islands get theirs through `islandStrings`, never as literals.
 */
const dictionarySchema = z.record(z.string().regex(/^[a-z][a-zA-Z0-9.-]*$/), z.string().min(1));

export const dictionary = dictionarySchema.parse(nl) as Record<UIKey, string>;

/** Returns the Dutch string for `key`, filling `{name}` placeholders from `vars`. */
export function t(key: UIKey, vars: Record<string, string | number> = {}): string {
  return fillTemplate(dictionary[key], vars);
}

/**
 * The `data-strings` attribute of an island: the Dutch strings its script needs, by dictionary key. Each
 * feature lists its keys once (`features/<name>/strings.ts`); the element reads them with `readStrings`.
 */
export const islandStrings = (keys: readonly UIKey[]): string =>
  JSON.stringify(Object.fromEntries(keys.map((key) => [key, dictionary[key]])));
