// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import breinEnBand from './src/integrations/index.ts';
import { contentCacheDir } from './scripts/content-cache.mjs';

// BASE_PATH lets a clinic host the course under a sub-folder (e.g. /cursus/); OUT_DIR keeps such a
// build apart from the default one. Both are read once here so every link goes through `import.meta.env.BASE_URL`.
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? './dist';
// Each content folder (the course, the test fixture, a benchmark) keeps its own content cache.
const cacheDir = contentCacheDir(process.env.CONTENT_DIR ?? './content');

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://breinenband.nl',
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Stylesheets as files, never inline <style>: the Content-Security-Policy allows no inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap({ filter: (page) => !/\/(offline|presentatie)\/$/.test(page) }), breinEnBand()],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // One stylesheet for the whole site (9.5 KB gzip), fetched once and cached: one render-blocking
      // request instead of up to eight small ones, which matters more than bytes on a slow phone connection.
      cssCodeSplit: false,
      rolldownOptions: {
        // Astro's own MDX modules trip this warning once per lesson; it hides real problems from authors.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
