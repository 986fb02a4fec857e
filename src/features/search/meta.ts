import type { Module } from '~/utils/content';

/**
 * What Pagefind stores about a lesson page (the lesson itself or its parent page): the module it belongs to,
 * shown under each result; `filter` also offers the module as a search filter.
 */
export const searchMeta = (mod: Module, { filter = false } = {}): Record<string, string> => ({
  'data-pagefind-meta': `module:${mod.data.title}`,
  ...(filter ? { 'data-pagefind-filter': `module:${mod.data.title}` } : {}),
});
