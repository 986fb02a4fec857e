// Where Astro caches a content folder (astro.config.mjs `cacheDir`): each content folder — the course, the
// test fixture, a benchmark's generated course — gets its own, so builds of different courses never mix.
// Tools that build a temporary course delete its cache with this same path.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Absolute path of the cache for `contentDir` (as given in CONTENT_DIR, relative or absolute). */
export const contentCacheDir = (/** @type {string} */ contentDir) =>
  join(root, 'node_modules/.astro', contentDir.replace(/[^a-z0-9]+/gi, '_'));
