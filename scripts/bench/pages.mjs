// Page weight and search, measured in Chromium as a first-time visitor on a cheap phone.
import { devices } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { log, median } from './util.mjs';
import { budgetChecks, recordRequests, weigh } from './weigh.mjs';

/** A small phone's screen and user agent; of the bytes, only what loads lazily could depend on it. */
const phone = devices['Moto G4'];
const searchQuery = 'hechting';

/**
 * One page of each type. Where a type has many pages (module, lesson, presentation, parent page) the one
 * with the largest HTML file stands for it, as budgets are about the worst case.
 * @param {string} outDir
 * @returns {{ type: string, path: string }[]}
 */
export function samplePages(outDir) {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
  const largest = (/** @type {string[]} */ candidates) => {
    const sized = candidates.map((f) => ({ f, size: statSync(join(outDir, f)).size }));
    const file = sized.sort((a, b) => b.size - a.size)[0]?.f;
    if (!file) throw new Error(`No pages of a type in ${outDir}`);
    return `/${file.replace(/index\.html$/, '')}`;
  };
  // Every lesson has one presentation at <module>/<lesson>/presentatie/.
  const decks = files.filter((f) => /^[^/]+\/[^/]+\/presentatie\/index\.html$/.test(f));
  const lessons = decks.map((f) => f.replace('presentatie/', ''));
  const modules = [...new Set(lessons.map((f) => f.replace(/[^/]+\/index\.html$/, 'index.html')))];
  return [
    { type: 'home', path: '/' },
    { type: 'module', path: largest(modules) },
    { type: 'lesson', path: largest(lessons) },
    { type: 'search', path: '/zoeken/' },
    { type: 'glossary', path: '/begrippen/' },
    { type: 'workbook', path: '/werkboek/' },
    { type: 'presentation', path: largest(decks) },
    { type: 'parent page', path: largest(files.filter((f) => /^ouders\/[^/]+\/index\.html$/.test(f))) },
  ];
}

/**
 * Everything each page downloads on a first visit: a new context (empty cache) with service workers blocked,
 * so the worker's precaching does not count as page weight; until `load` and the network is idle.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {{ type: string, path: string }[]} pages
 * @param {number} runs
 */
export async function measurePages(browser, origin, pages, runs) {
  const results = [];
  for (const { type, path } of pages) {
    const weights = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
      const requests = recordRequests(context);
      const page = await context.newPage();
      await page.goto(origin + path);
      await page.waitForLoadState('networkidle');
      weights.push(await weigh(requests, origin));
      await context.close();
    }
    const weight = median(weights);
    results.push({ type, path, weight, budgets: budgetChecks(weight, { lesson: type === 'lesson' }) });
    log(`${type} ${path}: ${(weight.total.gzip / 1024).toFixed(1)} KB gzip`);
  }
  return results;
}

/** Waits until every request has its response and no new one started for half a second. */
async function quiet(/** @type {import('@playwright/test').Request[]} */ requests) {
  for (let seen = -1; seen !== requests.length;) {
    seen = requests.length;
    await Promise.all(requests.map((r) => r.response().catch(() => null)));
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Search as a visitor meets it, in two ways: opening the dialog with "/" on a lesson page (Pagefind's
 * interface loads then) and typing on /zoeken/ (the interface is loaded with the page). Counts every byte
 * from the first key press until the results are in, and the time to the first visible result.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {string} lessonPath
 * @param {number} runs
 */
export async function measureSearch(browser, origin, lessonPath, runs) {
  const scenarios = [
    { scenario: 'header dialog, opened with "/"', path: lessonPath, dialog: true },
    { scenario: 'search page', path: '/zoeken/', dialog: false },
  ];
  const results = [];
  for (const { scenario, path, dialog } of scenarios) {
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(origin + path);
      await page.waitForLoadState('networkidle');
      // Timed in the page itself: from the first keydown to the first result in the DOM.
      await page.evaluate(() => {
        const w = /** @type {any} */ (window);
        w.benchFirstResult = new Promise((resolve, reject) => {
          setTimeout(() => reject(new Error('No search result within 30 s')), 30_000);
          /** @type {number | undefined} */
          let start;
          document.addEventListener('keydown', () => (start ??= performance.now()), { capture: true });
          new MutationObserver((_, observer) => {
            if (start === undefined || !document.querySelector('.pf-result')) return;
            observer.disconnect();
            resolve(performance.now() - start);
          }).observe(document.body, { childList: true, subtree: true });
        });
      });
      const requests = recordRequests(context);
      if (dialog) {
        await page.keyboard.press('/');
        // The dialog focuses its field once Pagefind's interface has loaded.
        await page.locator('pagefind-modal input:focus').waitFor();
      } else await page.locator('main input').first().focus();
      await page.keyboard.type(searchQuery);
      const ms = /** @type {number} */ (await page.evaluate(() => /** @type {any} */ (window).benchFirstResult));
      await quiet(requests);
      const { total } = await weigh(requests, origin);
      samples.push({ ms, ...total, results: await page.locator('.pf-result').count() });
      await context.close();
    }
    const result = { scenario, path, query: searchQuery, ...median(samples) };
    results.push(result);
    log(`search, ${scenario}: ${(result.gzip / 1024).toFixed(1)} KB gzip, ${Math.round(result.ms)} ms`);
  }
  return results;
}
