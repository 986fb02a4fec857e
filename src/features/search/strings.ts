import type { UIKey } from '~/i18n/keys';

/** The Dutch strings the search elements show; their `.astro` files put them on the island. */
export const searchStrings = ['search.unavailable'] as const satisfies readonly UIKey[];

export type SearchKey = (typeof searchStrings)[number];
