// Screenshots of built pages for reviewing layout: `node scripts/screenshots.mjs /pad/ [/pad2/ …]`.
// Needs a running preview server (npm run preview). Writes screenshots/<name>-<viewport>-<theme>.png.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { launchOptions } from './chromium.mjs';

const base = process.env.URL ?? 'http://127.0.0.1:4321';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const viewports = {
  phone: { width: 360, height: 740 },
  laptop: { width: 1366, height: 800 },
  projector: { width: 1920, height: 1080 },
};
const only = process.env.VIEWPORTS?.split(',');
const themes = process.env.THEMES?.split(',') ?? ['light', 'dark'];

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch(launchOptions);
for (const path of paths) {
  for (const [name, viewport] of Object.entries(viewports)) {
    if (only && !only.includes(name)) continue;
    for (const theme of themes) {
      const page = await browser.newPage({ viewport, colorScheme: theme });
      await page.goto(base + path);
      const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${name}-${theme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
