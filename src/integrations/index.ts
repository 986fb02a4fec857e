import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { joinBase } from '../utils/paths';
import { writeHeaders } from './headers';
import { indexSite } from './pagefind';
import { writeServiceWorker } from './service-worker';

/**
 * The course's one build integration: after Astro has written the site it runs, in this order,
 * 1. Pagefind, which indexes the pages;
 * 2. the headers step, which hashes the inline scripts and writes the policy into every page (after
 *    Pagefind, so the index is built from the pages, and before the service worker precaches pages);
 * 3. the service worker, which precaches the finished files.
 */
export default function breinEnBand(): AstroIntegration {
  let base = '/';
  return {
    name: 'brein-en-band',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = joinBase(config.base, '');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        await indexSite(site, logger.fork('pagefind'));
        writeHeaders(site, base, logger.fork('headers'));
        await writeServiceWorker(site, base, logger.fork('service-worker'));
      },
    },
  };
}
