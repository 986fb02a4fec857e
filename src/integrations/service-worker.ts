import type { AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { ASSET_CACHE, PAGE_CACHE } from '../features/offline/cache-names';
import { PAGEFIND_FOLDER } from '../features/search/bundle';

/**
 * Writes `<site>/sw.js` with Workbox. Pages are fetched fresh when there is a network and from the cache when
 * there is not; hashed assets never change, so they are cached for good. The core of the site is precached
 * with revisions, so a new version installs as a whole and waits until the person chooses to reload: old and
 * new files never mix. On the very first visit the worker claims the open page, which then puts itself in the page
 * cache. `base` is the site's base path with a trailing slash.
 */
export async function writeServiceWorker(site: string, base: string, logger: AstroIntegrationLogger): Promise<void> {
  const { count, size, warnings } = await generateSW({
    globDirectory: site,
    swDest: join(site, 'sw.js'),
    // The parents' start page, the help page and the offline page are small and are what a parent needs first
    // without signal; the course itself is not downloaded ahead (metered connections).
    globPatterns: [
      '_astro/*.{js,css}',
      'offline/index.html',
      'ouders/index.html',
      'hulp/index.html',
      'favicon.svg',
      'manifest.webmanifest',
      'icons/*.png',
    ],
    modifyURLPrefix: { '': base },
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    cleanupOutdatedCaches: true,
    // The first install takes control of the open page at once, so the page a parent opened from a clinic link
    // can store itself (see ServiceWorker.astro). Updates still wait (skipWaiting: false) until the person
    // chooses to reload.
    clientsClaim: true,
    skipWaiting: false,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: PAGE_CACHE,
          networkTimeoutSeconds: 4,
          expiration: { maxEntries: 200 },
          precacheFallback: { fallbackURL: `${base}offline/index.html` },
        },
      },
      {
        urlPattern: ({ url }) =>
          url.pathname.startsWith(`${base}_astro/`) || url.pathname.startsWith(`${base}${PAGEFIND_FOLDER}/`),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: ASSET_CACHE, expiration: { maxEntries: 400 } },
      },
    ],
  });
  for (const warning of warnings) logger.warn(warning);
  logger.info(`Service worker: ${count} bestanden vooraf in de cache (${Math.round(size / 1024)} KB)`);
}
