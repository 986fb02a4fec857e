import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { ASSET_CACHE, PAGE_CACHE } from '../features/offline/cache-names';
import { joinBase } from '../utils/paths';

/**
 * Writes `<outDir>/sw.js` with Workbox after the build (and after Pagefind). Pages are fetched fresh when
 * there is a network and from the cache when there is not; hashed assets never change, so they are cached
 * for good. The core of the site is precached with revisions, so a new version installs as a whole and
 * waits until the person chooses to reload: old and new files never mix.
 */
export default function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'brein-en-band:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = joinBase(config.base, '');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await generateSW({
          globDirectory: fileURLToPath(dir),
          swDest: fileURLToPath(new URL('sw.js', dir)),
          globPatterns: [
            '_astro/*.{js,css}',
            'offline/index.html',
            'favicon.svg',
            'manifest.webmanifest',
            'icons/*.png',
          ],
          modifyURLPrefix: { '': base },
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          cleanupOutdatedCaches: true,
          clientsClaim: false,
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
                url.pathname.startsWith(`${base}_astro/`) || url.pathname.startsWith(`${base}pagefind/`),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: ASSET_CACHE, expiration: { maxEntries: 400 } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`Service worker: ${count} bestanden vooraf in de cache (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
