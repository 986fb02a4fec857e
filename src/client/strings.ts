import { fillTemplate } from '~/i18n/template';
import type { UIKey } from '~/i18n/keys';

/** Looks up one of an island's strings and fills its `{name}` placeholders. */
export type Strings<K extends UIKey> = (key: K, vars?: Record<string, string | number>) => string;

/**
 * Reads the strings the build put on an island (`islandStrings` in `~/i18n`): the one way every custom
 * element gets its Dutch text. A missing string shows its key, so it is seen rather than silently blank.
 */
export function readStrings<K extends UIKey>(element: HTMLElement): Strings<K> {
  let table: Partial<Record<K, string>> = {};
  try {
    table = JSON.parse(element.dataset['strings'] ?? '{}') as Partial<Record<K, string>>;
  } catch {
    // Leave the table empty: keys show instead of text.
  }
  return (key, vars) => fillTemplate(table[key] ?? key, vars);
}
